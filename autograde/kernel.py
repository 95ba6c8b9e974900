"""Run a notebook's code cells in a fresh kernel and record their outputs.

A lean stand-in for nbclient (which costs a second of imports): plain-dict notebooks in,
nbformat-shaped outputs out; a per-cell timeout; a dead kernel fails the cells it left.
"""

import os
import queue
import subprocess
import time

DEFAULT_CELL_TIMEOUT = 60.0


def _error(ename: str, evalue: str) -> dict:
    return {"output_type": "error", "ename": ename, "evalue": evalue, "traceback": [f"{ename}: {evalue}"]}


def _source(cell: dict) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


class _Collector:
    """Turns one cell's iopub messages into nbformat outputs."""

    def __init__(self):
        self.outputs: list[dict] = []
        self.execution_count = None

    def add(self, msg: dict) -> None:
        kind, content = msg["msg_type"], msg["content"]
        if kind == "execute_input":
            self.execution_count = content.get("execution_count")
        elif kind == "stream":
            last = self.outputs[-1] if self.outputs else None
            if last and last["output_type"] == "stream" and last["name"] == content["name"]:
                last["text"] += content["text"]
            else:
                self.outputs.append({"output_type": "stream", "name": content["name"], "text": content["text"]})
        elif kind in ("display_data", "execute_result"):
            output = {"output_type": kind, "data": content["data"], "metadata": content.get("metadata", {})}
            if kind == "execute_result":
                output["execution_count"] = content.get("execution_count")
            self.outputs.append(output)
        elif kind == "error":
            self.outputs.append(
                {"output_type": "error", "ename": content["ename"], "evalue": content["evalue"],
                 "traceback": content["traceback"]}
            )
        elif kind == "clear_output":
            self.outputs.clear()


class Kernel:
    """A fresh python3 kernel, started in ``cwd``; use as a context manager."""

    def __init__(self, cwd=None, env: dict | None = None, kernel_name: str = "python3"):
        from jupyter_client.manager import KernelManager

        self.manager = KernelManager(kernel_name=kernel_name)
        self.cwd, self.env = cwd, env
        self.client = None

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

    def run(self, code: str, timeout: float = DEFAULT_CELL_TIMEOUT) -> tuple[list[dict], int | None]:
        """Execute ``code``; return its outputs and execution count."""
        if not self.manager.is_alive():
            return [_error("DeadKernelError", "the kernel died before this cell ran")], None
        msg_id = self.client.execute(code, store_history=True, allow_stdin=False, stop_on_error=False)
        collector = _Collector()
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
                    collector.outputs.append(_error("DeadKernelError", "the kernel died while running this cell"))
                    return collector.outputs, collector.execution_count
                continue
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                return collector.outputs, collector.execution_count
            collector.add(msg)

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
        self.manager.restart_kernel(now=True)
        self.client.wait_for_ready(timeout=60)


def execute_notebook(nb: dict, *, cwd=None, cell_timeout: float = DEFAULT_CELL_TIMEOUT,
                     env: dict | None = None, progress=None) -> dict:
    """Run every code cell of ``nb`` in order, in place; return ``nb``."""
    cells = [c for c in nb.get("cells", []) if c.get("cell_type") == "code"]
    with Kernel(cwd=cwd, env=env) as kernel:
        for cell in cells:
            cell["outputs"], cell["execution_count"] = kernel.run(_source(cell), cell_timeout)
            if progress:
                progress(cell)
    return nb
