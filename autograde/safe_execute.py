"""nbgrader's Execute preprocessor with the protections of ``autograde check`` (kernel.py).

``autograde grade`` puts ``SandboxedExecute`` in place of ``Execute`` in each scratch course,
so every submission runs in a sandboxed kernel (sandbox.py) that cannot see the course's other
submissions or its gradebook; tampering is undone before each test cell (guard.py); output is
capped per cell and per notebook; the notebook has a time budget; and a cell that kills the
kernel or runs it out of memory fails alone, while a fresh kernel replays the cells before it.
To use it with plain ``nbgrader autograde``, put in nbgrader_config.py::

    from nbgrader.converters import Autograde
    from nbgrader.preprocessors import Execute
    from autograde.safe_execute import SandboxedExecute
    c.Autograde.autograde_preprocessors = [SandboxedExecute if s is Execute else s
                                           for s in Autograde.class_traits()["autograde_preprocessors"].default()]
"""

from time import monotonic

from jupyter_core.utils import ensure_async, run_sync
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbformat import NotebookNode
from nbgrader import utils
from nbgrader.preprocessors import Execute
from traitlets import Integer, List, Unicode

from . import guard
from .sandbox import AsyncSandboxKernelManager, Limits, crowded, death_reason, enabled


def _error(ename: str, evalue: str) -> NotebookNode:
    return NotebookNode(output_type="error", ename=ename, evalue=evalue, traceback=[f"{ename}: {evalue}"])


class SandboxedExecute(Execute):
    """Execute in the autograde sandbox; see the module docstring."""

    hide = List(Unicode(), help="More paths the kernel must not see, e.g. the course's submitted/").tag(config=True)
    max_restarts = Integer(10, help="Kernels a notebook may break before its other cells fail").tag(config=True)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("kernel_manager_class", AsyncSandboxKernelManager)
        super().__init__(*args, **kwargs)
        self.limits = Limits.from_env()
        if self.limits.cell_seconds:
            self.timeout = int(self.limits.cell_seconds)
        self._reset()

    def _reset(self) -> None:
        self._deadline = monotonic() + self.limits.notebook_seconds
        self._done, self._broken, self._restarts, self._lost = [], set(), 0, False
        self._notebook_left = self.limits.notebook_output_bytes
        self._cell_left, self._cut = self.limits.max_output_kb * 1024, set()

    def create_kernel_manager(self):
        manager = super().create_kernel_manager()
        manager.hide_paths = tuple(self.hide)
        return manager

    def preprocess(self, nb, resources=None, km=None):
        self._reset()
        return super().preprocess(nb, resources, km)

    def _get_timeout(self, cell):
        timeout, left = super()._get_timeout(cell), max(1, int(self._deadline - monotonic()) + 1)
        return min(timeout, left) if timeout else left

    def output(self, outs, msg, display_id, cell_index):
        kind, content = msg["msg_type"], msg["content"]
        if kind in ("stream", "display_data", "execute_result"):
            size = len(content.get("text", "")) if kind == "stream" else len(str(content.get("data", "")))
            if size > min(self._cell_left, self._notebook_left):
                name = content.get("name", "stdout") if kind == "stream" else "stdout"
                if name not in self._cut:
                    self._cut.add(name)
                    outs.append(NotebookNode(output_type="stream", name=name,
                                             text="\n[output cut: more than the grader keeps per cell or notebook]\n"))
                return None
            self._cell_left -= size
            self._notebook_left -= size
        return super().output(outs, msg, display_id, cell_index)

    async def _reply(self, msg_id: str, timeout: float) -> dict | None:
        deadline = monotonic() + timeout
        while (left := deadline - monotonic()) > 0:
            try:
                msg = await ensure_async(self.kc.shell_channel.get_msg(timeout=min(left, 1.0)))
            except Exception:  # queue.Empty: no reply yet  # noqa: BLE001
                if not await ensure_async(self.km.is_alive()):
                    return None
                continue
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg
        return None

    async def _guard(self) -> str | None:
        if not enabled("GUARD") or not await ensure_async(self.km.is_alive()):
            return None
        code, nonce = guard.request()
        msg_id = await ensure_async(self.kc.execute(code, silent=True, store_history=False, allow_stdin=False,
                                                    user_expressions={"guard": guard.NONCE_NAME}))
        reply = await self._reply(msg_id, 30)
        return guard.verify(reply and reply["content"], nonce)

    async def _responsive(self) -> bool:
        """After a timeout: did the interrupt stop the cell (or does the kernel ignore SIGINT)?"""
        if not await ensure_async(self.km.is_alive()):
            return False
        msg_id = await ensure_async(self.kc.execute("", silent=True, store_history=False, allow_stdin=False))
        return await self._reply(msg_id, 10) is not None

    async def _recover(self) -> None:
        """A fresh kernel that has run the notebook's earlier cells again (outputs discarded)."""
        self._restarts += 1
        await ensure_async(self.km.restart_kernel(now=True))
        await ensure_async(self.kc.wait_for_ready(timeout=self.startup_timeout))
        self._lost = False
        for index in self._done:
            if index in self._broken or monotonic() > self._deadline:
                continue
            msg_id = await ensure_async(self.kc.execute(self.nb.cells[index].source, store_history=False,
                                                        allow_stdin=False))
            if await self._reply(msg_id, self._get_timeout(None)) is None:
                self._broken.add(index)
                if not await ensure_async(self.km.is_alive()):
                    self._lost = True
                    return
                await ensure_async(self.km.interrupt_kernel())

    async def _returncode(self) -> int | None:
        process = getattr(self.km.provisioner, "process", None)
        return process.poll() if process else None

    async def async_execute_cell(self, cell, cell_index, execution_count=None, store_history=True):
        if cell.cell_type != "code" or not cell.source.strip():
            return await super().async_execute_cell(cell, cell_index, execution_count, store_history)
        if self._lost and self._restarts < self.max_restarts:
            await self._recover()
        self._cell_left, self._cut = self.limits.max_output_kb * 1024, set()
        if monotonic() > self._deadline:
            cell.outputs = [_error("NotebookTimeout", f"the notebook used up its {self.limits.notebook_seconds:g} s "
                                                      "before this cell")]
            return cell
        if utils.is_grade(cell) and (reason := await self._guard()):
            cell.outputs = [_error("GraderTampered", reason)]
            return cell
        try:
            cell = await super().async_execute_cell(cell, cell_index, execution_count, store_history)
        except DeadKernelError:
            cell.outputs.append(_error("DeadKernelError", death_reason(await self._returncode())))
            self._lost = True
        except CellTimeoutError:  # nbclient gave up waiting: the cell ignored the interrupt
            cell.outputs.append(_error("CellTimeoutError", f"the cell did not finish within {self.timeout} s "
                                                           "and ignored the interrupt"))
            self._lost = True
        errors = {o.get("ename") for o in cell.outputs if o.get("output_type") == "error"}
        if "MemoryError" in errors or errors and crowded(getattr(self.km.provisioner, "pid", None)) or (
                "CellTimeoutError" in errors and not await self._responsive()):
            self._lost = True  # a fresh kernel frees memory and processes, or stops what ignores interrupts
        if self._lost or errors & {"MemoryError", "CellTimeoutError"}:
            self._broken.add(cell_index)
        self._done.append(cell_index)
        return cell

    execute_cell = run_sync(async_execute_cell)  # nbclient's own wrapper calls its own method
