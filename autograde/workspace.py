"""The learner's workspace: their own copies of the release notebooks, never overwritten."""

import shutil
from pathlib import Path

from .paths import RELEASE_DIR, WORKSPACE_DIR


def sync_workspace(release: Path = RELEASE_DIR, workspace: Path = WORKSPACE_DIR) -> list[Path]:
    """Copy each release notebook the learner has no copy of yet; return the new copies."""
    copied = []
    for notebook in sorted(release.glob("week[0-9][0-9]/*.ipynb")):
        target = workspace / notebook.parent.name / notebook.name
        if target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".ipynb.part")
        shutil.copyfile(notebook, partial)
        try:
            with open(target, "x"):  # claims the name only if it is still free
                pass
        except FileExistsError:
            partial.unlink()
            continue
        partial.replace(target)
        copied.append(target)
    return copied
