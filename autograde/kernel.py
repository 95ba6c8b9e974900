"""Run a notebook's code cells in a fresh kernel and record their outputs.

A lean stand-in for nbclient (which costs a second of imports): plain-dict notebooks in,
nbformat-shaped outputs out. The kernel is sandboxed (sandbox.py); each cell has a timeout and
the notebook a time budget; output is capped; tampering is undone before each test cell
(guard.py); a cell that kills the kernel (or exhausts its memory) fails alone: a fresh kernel
replays the cells before it and the notebook goes on.
"""

import os
import queue
import subprocess
import time

DEFAULT_CELL_TIMEOUT = 60.0
MAX_RESTARTS = 10  # kernels a notebook may break (the notebook time budget bounds them too)


def _error(ename: str, evalue: str) -> dict:
    return {"output_type": "error", "ename": ename, "evalue": evalue, "traceback": [f"{ename}: {evalue}"]}


def cell_source(cell: dict) -> str:
    """A cell's text, whether stored as one string or as a list of lines."""
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


class _Collector:
    """Turns one cell's iopub messages into nbformat outputs, keeping at most ``budget`` bytes."""

    def __init__(self, budget: dict | None = None):
        self.outputs: list[dict] = []
        self.execution_count = None
        self.budget = budget if budget is not None else {"cell": float("inf"), "notebook": float("inf")}
        self.cell_left, self.cut = self.budget["cell"], set()

    def _fits(self, kind: str, content: dict) -> bool:
        """Charge an output to the cell's and the notebook's budget; False once either is spent."""
        size = len(content.get("text", "")) if kind == "stream" else len(str(content.get("data", "")))
        if min(self.cell_left, self.budget["notebook"]) >= size:
            self.cell_left -= size
            self.budget["notebook"] -= size
            return True
        name = content.get("name", "stdout") if kind == "stream" else "stdout"
        if name not in self.cut:  # one note per stream, so output on stderr still counts as such
            self.cut.add(name)
            self._stream(name, "\n[output cut: more than the grader keeps per cell or notebook]\n")
        return False

    def _stream(self, name: str, text: str) -> None:
        last = self.outputs[-1] if self.outputs else None
        if last and last["output_type"] == "stream" and last["name"] == name:
            last["text"] += text
        else:
            self.outputs.append({"output_type": "stream", "name": name, "text": text})

    def add(self, msg: dict) -> None:
        kind, content = msg["msg_type"], msg["content"]
        if kind in ("stream", "display_data", "execute_result") and not self._fits(kind, content):
            return
        if kind == "execute_input":
            self.execution_count = content.get("execution_count")
        elif kind == "stream":
            self._stream(content["name"], content["text"])
        elif kind in ("display_data", "execute_result"):
            output = {"output_type": kind, "data": content["data"], "metadata": content.get("metadata", {})}
            if kind == "execute_result":
                output["execution_count"] = content.get("execution_count")
            self.outputs.append(output)
        elif kind == "error":
            self.outputs.append(
                {"output_type": "error", "ename": content["ename"], "evalue": content["evalue"][:10_000],
                 "traceback": content["traceback"][-100:]}
            )
        elif kind == "clear_output":
            self.outputs.clear()

    def add_reply(self, reply: dict | None) -> None:
        """An error the kernel reported but never displayed (error display switched off)."""
        content = (reply or {}).get("content", {})
        if content.get("status") == "error" and not any(o["output_type"] == "error" for o in self.outputs):
            self.outputs.append(_error(content.get("ename", "Error"), str(content.get("evalue", ""))))


class Kernel:
    """A fresh sandboxed python3 kernel, started in ``cwd``; use as a context manager."""

    def __init__(self, cwd=None, env: dict | None = None, kernel_name: str = "python3", hide=()):
        from .sandbox import SandboxKernelManager

        self.manager = SandboxKernelManager(kernel_name=kernel_name)
        self.manager.hide_paths = tuple(hide)
        self.cwd, self.env = cwd, env
        self.client = None
        self.lost_state = False  # restarted or dead: what earlier cells defined is gone

    def __enter__(self):
        env = dict(os.environ, **(self.env or {}))
        env.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
        env["AUTOGRADE_GRADING"] = "1"  # the "check my work" cell stays quiet inside a grader
        env.pop("JPY_SESSION_NAME", None)
        self.manager.start_kernel(
            cwd=str(self.cwd) if self.cwd else None, env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        self.client = self.manager.client()
        self.client.start_channels()
        self.client.wait_for_ready(timeout=60)
        return self

    def __exit__(self, *exc):
        try:
            self.client.stop_channels()
        finally:
            self.manager.shutdown_kernel(now=True)

    def run(self, code: str, timeout: float = DEFAULT_CELL_TIMEOUT,
            budget: dict | None = None) -> tuple[list[dict], int | None]:
        """Execute ``code``; return its outputs and execution count."""
        if not self.manager.is_alive():
            self.lost_state = True
            return [_error("DeadKernelError", "the kernel died before this cell ran")], None
        msg_id = self.client.execute(code, store_history=True, allow_stdin=False, stop_on_error=False)
        collector = _Collector(budget)
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self._interrupt()
                collector.outputs.append(_error("TimeoutError", f"the cell did not finish within {timeout:g} s"))
                return collector.outputs, collector.execution_count
            try:
                msg = self.client.get_iopub_msg(timeout=min(remaining, 1.0))
            except queue.Empty:
                if not self.manager.is_alive():
                    self.lost_state = True
                    collector.outputs.append(_error("DeadKernelError", self._death()))
                    return collector.outputs, collector.execution_count
                continue
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                collector.add_reply(self._reply(msg_id))
                return collector.outputs, collector.execution_count
            collector.add(msg)

    def _reply(self, msg_id: str, timeout: float = 10) -> dict | None:
        """The shell channel's reply to ``msg_id`` (None if the kernel dies or stays silent)."""
        deadline = time.monotonic() + timeout
        while (remaining := deadline - time.monotonic()) > 0:
            try:
                msg = self.client.get_shell_msg(timeout=min(remaining, 1.0))
            except queue.Empty:
                if not self.manager.is_alive():
                    return None
                continue
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg
        return None

    def _death(self) -> str:
        from .sandbox import death_reason

        process = getattr(self.manager.provisioner, "process", None)
        return death_reason(process.poll() if process else None)

    def restart(self) -> None:
        """A fresh kernel in place of a dead or wedged one (same connection, same sandbox)."""
        self.manager.restart_kernel(now=True)
        self.client.wait_for_ready(timeout=60)
        self.lost_state = False

    def replay(self, code: str, timeout: float) -> bool:
        """Run ``code`` again, outputs discarded (after a restart); False if it failed to finish."""
        msg_id = self.client.execute(code, store_history=False, allow_stdin=False, stop_on_error=False)
        if self._reply(msg_id, timeout) is not None:
            return True
        if self.manager.is_alive():
            self._interrupt()
        else:
            self.lost_state = True
        return False

    def guard(self, timeout: float = 30) -> str | None:
        """Undo tampering before a test cell (guard.py); the reason the test cannot run, or None."""
        from .guard import NONCE_NAME, request, verify
        from .sandbox import enabled

        if not enabled("GUARD") or not self.manager.is_alive():
            return None  # run() reports a dead kernel
        code, nonce = request()
        msg_id = self.client.execute(code, silent=True, store_history=False, allow_stdin=False,
                                     user_expressions={"guard": NONCE_NAME})
        reply = self._reply(msg_id, timeout)
        if reply is None and self.manager.is_alive():
            self._interrupt()
        return verify(reply and reply["content"], nonce)

    def _interrupt(self) -> None:
        """Stop a runaway cell; restart the kernel if it will not stop."""
        self.manager.interrupt_kernel()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                msg = self.client.get_iopub_msg(timeout=0.5)
            except queue.Empty:
                continue
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                return
        self.restart()
        self.lost_state = True


def execute_notebook(nb: dict, *, cwd=None, cell_timeout: float | None = None,
                     env: dict | None = None, progress=None, hide=()) -> dict:
    """Run every code cell of ``nb`` in order, in place; return ``nb``.

    ``cell_timeout`` defaults to AUTOGRADE_CELL_SECONDS or 60 s; ``hide`` lists more paths the
    kernel must not see. The other limits come from ``sandbox.Limits.from_env()``.
    """
    from .grading import is_test_cell
    from .sandbox import Limits, crowded

    limits = Limits.from_env()
    cell_timeout = cell_timeout or limits.cell_seconds or DEFAULT_CELL_TIMEOUT
    budget = {"cell": limits.max_output_kb * 1024, "notebook": limits.notebook_output_bytes}
    cells = [c for c in nb.get("cells", []) if c.get("cell_type") == "code"]
    deadline, restarts, broken = time.monotonic() + limits.notebook_seconds, 0, set()
    with Kernel(cwd=cwd, env=env, hide=hide) as kernel:
        for index, cell in enumerate(cells):
            if kernel.lost_state and restarts < MAX_RESTARTS:  # the cells before run again, quietly
                restarts += 1
                kernel.restart()
                for earlier in (i for i in range(index) if i not in broken):
                    if deadline <= time.monotonic():
                        break
                    if not kernel.replay(cell_source(cells[earlier]), min(cell_timeout, deadline - time.monotonic())):
                        broken.add(earlier)
                        if kernel.lost_state:
                            break
            left, reason = deadline - time.monotonic(), None
            if left <= 0:
                outputs, count = [_error("NotebookTimeout", f"the notebook used up its "
                                                            f"{limits.notebook_seconds:g} s before this cell")], None
            elif is_test_cell(cell) and (reason := kernel.guard()):
                outputs, count = [_error("GraderTampered", reason)], None
            else:
                outputs, count = kernel.run(cell_source(cell), min(cell_timeout, left), budget)
            cell["outputs"], cell["execution_count"] = outputs, count
            errors = {o.get("ename") for o in outputs} - {None}
            if kernel.lost_state or "MemoryError" in errors or errors and crowded(getattr(kernel.manager.provisioner, "pid", None)):
                kernel.lost_state = True  # a fresh kernel frees the memory and the processes held
            if kernel.lost_state or errors & {"MemoryError", "TimeoutError"}:
                broken.add(index)  # never replayed
            if progress:
                progress(cell)
    return nb
