"""Where the course lives: repository root, dataset file, built notebooks."""

import os
from pathlib import Path

COURSE_ROOT = Path(os.environ.get("AUTOGRADE_COURSE_ROOT", Path(__file__).resolve().parent.parent))
DATASETS_DIR = COURSE_ROOT / "datasets"
DEFAULT_DATABASE = DATASETS_DIR / "retail.duckdb"
CURRICULUM_DIR = COURSE_ROOT / "curriculum"
SOURCE_DIR = COURSE_ROOT / "source"
RELEASE_DIR = COURSE_ROOT / "release"
SOLUTIONS_DIR = COURSE_ROOT / "solutions"
WORKSPACE_DIR = COURSE_ROOT / "work"


def database_path() -> Path:
    """The retail database notebooks and graders use (``AUTOGRADE_DATABASE`` overrides)."""
    return Path(os.environ.get("AUTOGRADE_DATABASE", DEFAULT_DATABASE))
