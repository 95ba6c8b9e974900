"""Where the course lives: repository root, dataset file, built notebooks."""

import os
import sys
from pathlib import Path

COURSE_ROOT = Path(os.environ.get("AUTOGRADE_COURSE_ROOT", Path(__file__).resolve().parent.parent))
DATASETS_DIR = COURSE_ROOT / "datasets"
DEFAULT_DATABASE = DATASETS_DIR / "retail.duckdb"
SOURCE_DIR = COURSE_ROOT / "source"
RELEASE_DIR = COURSE_ROOT / "release"
WORKSPACE_DIR = COURSE_ROOT / "work"


def database_path() -> Path:
    """The retail database notebooks and graders use (``AUTOGRADE_DATABASE`` overrides)."""
    return Path(os.environ.get("AUTOGRADE_DATABASE", DEFAULT_DATABASE))


def tool_env() -> dict[str, str]:
    """The environment with this interpreter's ``bin/`` first on PATH (nbgrader needs alembic)."""
    bin_dir = os.path.dirname(sys.executable)
    return dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
