"""The learner's workspace: new notebooks arrive, existing work is never touched."""

from autograde.workspace import sync_workspace


def test_sync_copies_new_notebooks_and_never_overwrites(tmp_path):
    release, work = tmp_path / "release", tmp_path / "work"
    (release / "week01").mkdir(parents=True)
    (release / "week01" / "sql_foundations.ipynb").write_text("released v1")
    assert sync_workspace(release, work) == [work / "week01" / "sql_foundations.ipynb"]

    mine = work / "week01" / "sql_foundations.ipynb"
    mine.write_text("my answers")
    (release / "week01" / "sql_foundations.ipynb").write_text("released v2")  # an update
    (release / "week02").mkdir()
    (release / "week02" / "statistics.ipynb").write_text("new week")
    assert sync_workspace(release, work) == [work / "week02" / "statistics.ipynb"]
    assert mine.read_text() == "my answers"
    assert sync_workspace(release, work) == []
    assert not list(work.rglob("*.part"))
