"""The grading kernel: an IPython kernel that runs a submission under operating-system limits.

``python -P -m autograde.sandbox -f CONNECTION_FILE`` sets the limits, isolates the process
where Linux allows, then runs ipykernel in the same process. Both graders start their kernels
this way, through ``SandboxKernelManager``: ``autograde check`` and the build (kernel.py) and
``autograde grade`` (nbgrader's Execute, see safe_execute.py). The defaults below hold every
course notebook with a wide margin (README: "What the grader protects against"); each one has
an environment variable. ``AUTOGRADE_SANDBOX=0`` turns the sandbox off.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, fields

#: Each kernel that starts as root drops to a user id of its own: UID_BASE + its process id.
UID_BASE = 2_000_000_000
#: Parts of the course a submission never needs to see (relative to the course root).
HIDDEN = ("source", "solutions", "curriculum", "submitted", "autograded", "feedback", "gradebook.db",
          ".autograde-scratch")
#: What the kernel reported about itself; ``autograde.sandbox.STATUS`` inside a kernel.
STATUS: dict = {}


@dataclass(frozen=True)
class Limits:
    """Per-kernel limits; ``Limits.from_env()`` reads the AUTOGRADE_* overrides."""

    memory_mb: int = 4096  # AUTOGRADE_MEMORY_MB: address space (RLIMIT_AS); heaviest notebook peaks at 1.2 GB
    cpu_seconds: int = 600  # AUTOGRADE_CPU_SECONDS: CPU time of the whole kernel (RLIMIT_CPU)
    max_procs: int = 256  # AUTOGRADE_MAX_PROCS: processes and threads (own uid + RLIMIT_NPROC)
    max_output_kb: int = 1024  # AUTOGRADE_MAX_OUTPUT_KB: output kept per cell (16x per notebook)
    max_file_mb: int = 100  # AUTOGRADE_MAX_FILE_MB: largest file (RLIMIT_FSIZE); private /tmp 2x
    network: bool = False  # AUTOGRADE_NETWORK=1 keeps the network
    cell_seconds: float = 0  # AUTOGRADE_CELL_SECONDS: 0 = the runner's own default
    notebook_seconds: float = 900  # AUTOGRADE_NOTEBOOK_SECONDS: wall time for all cells together
    max_notebook_mb: int = 100  # AUTOGRADE_MAX_NOTEBOOK_MB: larger submissions are refused unread

    @classmethod
    def from_env(cls, environ=None) -> "Limits":
        environ = os.environ if environ is None else environ
        values = {}
        for field in fields(cls):
            text = environ.get(f"AUTOGRADE_{field.name.upper()}", "").strip()
            if field.type is bool and text:
                values[field.name] = text.lower() not in ("0", "false", "no", "off")
            elif text:
                try:
                    values[field.name] = field.type(text)
                except ValueError:
                    pass  # a typo keeps the default rather than stopping the grader
        if "network" not in values and environ.get("AUTOGRADE_SQL_URL"):
            values["network"] = True  # the learner chose a PostgreSQL server: keep the way to it
        return cls(**values)

    @property
    def notebook_output_bytes(self) -> int:
        return 16 * self.max_output_kb * 1024


def enabled(what: str = "SANDBOX") -> bool:
    """AUTOGRADE_SANDBOX=0 turns the sandbox off; AUTOGRADE_GUARD=0 only guard.py (to test it)."""
    on = os.environ.get(f"AUTOGRADE_{what}", "1").strip().lower() not in ("0", "false", "no", "off")
    return on and (what == "SANDBOX" or enabled())


# -- inside the kernel process ------------------------------------------------------------

def _user_tasks(uid: int) -> int:
    """Processes and threads the user ``uid`` runs now (what RLIMIT_NPROC counts)."""
    count = 0
    for entry in os.listdir("/proc"):
        try:
            with open(f"/proc/{entry}/status") as handle:
                status = dict(line.split(":", 1) for line in handle if ":" in line)
        except (OSError, ValueError):
            continue
        if int(status["Uid"].split()[0]) == uid:
            count += int(status.get("Threads", "1"))
    return count


def _set_rlimits(limits: Limits) -> None:
    """Each limit on its own: a platform that refuses one (macOS and RLIMIT_AS) keeps the rest."""
    import resource

    wanted = {"RLIMIT_CORE": (0, 0), "RLIMIT_FSIZE": (limits.max_file_mb << 20,) * 2,
              "RLIMIT_AS": (limits.memory_mb << 20,) * 2, "RLIMIT_CPU": (limits.cpu_seconds, limits.cpu_seconds + 5)}
    if os.getuid() != 0 and sys.platform == "linux":  # root is exempt; it gets a uid of its own later
        wanted["RLIMIT_NPROC"] = (_user_tasks(os.getuid()) + limits.max_procs,) * 2
        STATUS["process_limit"] = f"RLIMIT_NPROC: {limits.max_procs} more than the user ran at start"
    for name, value in wanted.items():
        try:
            resource.setrlimit(getattr(resource, name), value)
        except (AttributeError, ValueError, OSError) as error:
            STATUS["problems"].append(f"{name} not set: {error}")


def _connection(argv: list[str]) -> tuple[str | None, str | None]:
    """The connection file from ``-f PATH`` and the folder of its IPC sockets, if any."""
    path = next((argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "-f"), None)
    try:
        with open(path) as handle:
            info = json.load(handle)
    except (OSError, TypeError, ValueError):
        return path, None
    return path, os.path.dirname(info["ip"]) if info.get("transport") == "ipc" else None


def _needed(connection: str | None, ipc: str | None) -> list[str]:
    """What the kernel must still reach once the rest is hidden."""
    from .paths import database_path

    package = os.path.dirname(os.path.abspath(__file__))
    return [p for p in (*sys.path, sys.prefix, sys.base_prefix, package, str(database_path().parent),
                        os.getcwd(), ipc, connection, _sql_socket_dir()) if p and os.path.exists(p)]


def _sql_socket_dir() -> str | None:
    """The socket folder of a PostgreSQL URL given as ``?host=/path`` (AUTOGRADE_SQL_URL)."""
    from urllib.parse import parse_qs, urlsplit

    host = (parse_qs(urlsplit(os.environ.get("AUTOGRADE_SQL_URL", "")).query).get("host") or [""])[0]
    return host if host.startswith("/") else None


def _hidden(home: str) -> list[str]:
    from jupyter_core.paths import jupyter_runtime_dir

    from .paths import COURSE_ROOT

    extra = [p for p in os.environ.get("AUTOGRADE_HIDE", "").split(os.pathsep) if p]
    return [home, jupyter_runtime_dir(), *(str(COURSE_ROOT / name) for name in HIDDEN), *extra]


def _matplotlib_cache() -> dict[str, bytes]:
    """matplotlib's font cache, copied into the private /tmp (rebuilding it warns on stderr)."""
    folder = os.environ.get("MPLCONFIGDIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "matplotlib")
    files = {}
    if os.path.isdir(folder):
        for name in os.listdir(folder):
            if name.endswith(".json") and os.path.getsize(os.path.join(folder, name)) < 4 << 20:
                with open(os.path.join(folder, name), "rb") as handle:
                    files[name] = handle.read()
    return files


def _isolate(limits: Limits, connection: str | None, ipc: str | None) -> None:
    """Namespaces, hidden paths, a read-only filesystem and a private /tmp (Linux, if allowed)."""
    from . import _isolation as iso

    problems = STATUS.setdefault("problems", [])
    try:
        STATUS["namespaces"] = iso.enter_namespaces(limits.network)
    except OSError as error:
        problems.append(f"no private namespaces ({error.strerror}): the filesystem and network stay shared")
        return
    STATUS["network"] = limits.network
    needed, home, cache = _needed(connection, ipc), os.path.expanduser("~"), _matplotlib_cache()
    real = {os.path.realpath(p) for p in needed}
    hide = _hidden(home) + (iso.untraversable_ancestors(needed) if os.getuid() == 0 else [])
    writable = [p for p in ("/tmp", "/var/tmp", "/dev/shm") if os.path.isdir(p) and p not in real]
    for folder in writable:
        iso.cover(folder, needed, writable=True, size_mb=2 * limits.max_file_mb)
    private_home = "/tmp/home/.config/matplotlib" if "/tmp" in writable else None
    if private_home:  # HOME is hidden below: libraries write their caches here instead
        os.makedirs(private_home, exist_ok=True)
        for name, data in cache.items():
            with open(os.path.join(private_home, name), "wb") as handle:
                handle.write(data)
        for root, dirs, files in os.walk("/tmp/home"):
            for name in [root, *(os.path.join(root, f) for f in files)]:
                os.chmod(name, 0o777 if name == root else 0o666)
        os.environ.update(HOME="/tmp/home", IPYTHONDIR="/tmp/home/.ipython", MPLCONFIGDIR=private_home,
                          TMPDIR="/tmp")
    for path in sorted(set(hide), key=len):
        if os.path.exists(path) and os.path.realpath(path) not in real:
            try:
                iso.cover(path, needed)
            except OSError as error:
                problems.append(f"could not hide {path} ({error.strerror})")
    if ipc:  # a mount of its own, so it stays writable: the kernel creates its sockets there
        iso.mount(ipc, ipc, None, iso.MS_BIND)
    failures = iso.make_read_only(writable={*writable, *[ipc] * bool(ipc)})
    STATUS["read_only"] = not failures
    problems += [f"not read-only: {f}" for f in failures]
    if STATUS["namespaces"] == "user":
        iso.drop_capabilities()
    if os.getuid() == 0:
        uid = UID_BASE + os.getpid()
        unreadable = iso.unreadable_as(uid, [p for p in needed if p not in (connection, ipc, os.getcwd())])
        if unreadable:
            problems.append(f"the kernel stays root: other users cannot read {unreadable[0]}")
        else:
            STATUS["drop_to"] = uid


def _cap_output(shell, kb: int) -> None:
    """Keep at most ``kb`` KB of printed text per cell; one note per stream says the rest was cut."""
    from ipykernel.iostream import OutStream

    budget = {"left": kb * 1024, "told": set()}
    write = OutStream.write

    def capped(self, string):
        if budget["left"] <= 0:
            if self.name not in budget["told"]:
                budget["told"].add(self.name)
                write(self, f"\n[output cut: this cell printed more than {kb} KB]\n")
            return len(string)
        budget["left"] -= len(string)
        return write(self, string[:len(string) + min(budget["left"], 0)])

    OutStream.write = capped
    shell.events.register("pre_execute", lambda: budget.update(left=kb * 1024, told=set()))


def main(argv=None) -> None:
    """Apply the limits, then run ipykernel (``-f CONNECTION_FILE`` and its other options)."""
    argv = sys.argv[1:] if argv is None else argv
    if not any(a.startswith("--HistoryManager.hist_file") for a in argv):
        argv = [*argv, "--HistoryManager.hist_file=:memory:"]  # HOME is out of reach
    limits = Limits.from_env()
    STATUS.update(limits=asdict(limits), uid=os.getuid(), namespaces=None, network=True,
                  read_only=False, problems=[])
    if enabled():
        try:
            _set_rlimits(limits)
        except (ImportError, ValueError, OSError) as error:
            STATUS["problems"].append(f"resource limits: {error}")
        if sys.platform == "linux":
            from ._isolation import no_new_privileges

            try:
                _isolate(limits, *_connection(argv))
            except OSError as error:  # a half-built view is still more than none: go on, say why
                STATUS["problems"].append(f"isolation incomplete: {error}")
            try:
                no_new_privileges()
            except OSError as error:
                STATUS["problems"].append(f"setuid programs still work: {error}")
    from ipykernel.kernelapp import IPKernelApp

    app = IPKernelApp.instance()
    app.initialize(argv)
    if enabled():
        from . import guard

        if enabled("GUARD"):
            with app.shell.builtin_trap:  # as in a cell: pandas picks its notebook display defaults
                guard.snapshot(app.shell)
        _cap_output(app.shell, limits.max_output_kb)
        if STATUS.get("drop_to"):
            import resource

            from ._isolation import become

            try:
                resource.setrlimit(resource.RLIMIT_NPROC, (limits.max_procs, limits.max_procs))
                become(STATUS["drop_to"])
                STATUS.update(uid=os.getuid(), process_limit=f"own uid, RLIMIT_NPROC {limits.max_procs}")
            except OSError as error:
                STATUS["problems"].append(f"the kernel stays root: {error}")
    app.start()


# -- in the grader: starting and cleaning up sandboxed kernels ----------------------------

def kernel_spec():
    """The kernelspec both graders start; built here, not installed (SandboxKernelManager uses it)."""
    from jupyter_client.kernelspec import KernelSpec

    threads = str(min(4, os.cpu_count() or 1))
    return KernelSpec(
        argv=[sys.executable, "-P", "-m", "autograde.sandbox", "-f", "{connection_file}"],
        display_name="Python 3 (autograde sandbox)", language="python", interrupt_mode="signal",
        env={"MALLOC_ARENA_MAX": "4", "OMP_NUM_THREADS": threads, "OPENBLAS_NUM_THREADS": threads,
             "MKL_NUM_THREADS": threads, "PLOOMBER_STATS_ENABLED": "false"},
        metadata={"debugger": False},
    )


def _alive_with_uid(uid: int) -> list[int]:
    """Processes (not zombies) that run as ``uid``."""
    found = []
    for entry in os.listdir("/proc"):
        try:
            if entry.isdigit() and os.stat(f"/proc/{entry}").st_uid == uid:
                with open(f"/proc/{entry}/stat") as handle:
                    if handle.read().rsplit(")", 1)[1].split()[0] != "Z":
                        found.append(int(entry))
        except (OSError, IndexError):
            continue
    return found


def kill_leftovers(pid: int | None) -> int:
    """Kill every process a sandboxed kernel (process ``pid``) left behind; how many were killed."""
    if not pid or os.getuid() != 0 or sys.platform != "linux":
        return 0  # not root: jupyter_client already killed the kernel's process group
    killed = 0
    for _ in range(100):  # a fork bomb refills between passes; its uid cannot escape
        found = _alive_with_uid(UID_BASE + pid)
        if not found:
            break
        for child in found:
            try:
                os.kill(child, signal.SIGKILL)
                killed += 1
            except OSError:
                pass
        time.sleep(0.02)
    return killed


def death_reason(returncode: int | None) -> str:
    """Why a kernel process ended, in words a learner can act on."""
    limits = Limits.from_env()
    if returncode is None:
        return "the kernel stopped responding while running this cell"
    if returncode == -signal.SIGXCPU:
        return f"the kernel used up its {limits.cpu_seconds} s of CPU time during this cell"
    if returncode == -signal.SIGKILL:
        return ("the kernel was killed during this cell (out of memory, more than "
                f"{limits.memory_mb} MB, or the code killed its own process)")
    if returncode < 0:
        return f"the kernel was stopped by {signal.Signals(-returncode).name} during this cell"
    return f"the kernel exited (code {returncode}) during this cell: code must not call os._exit or kill its process"


def leftover_processes(pid: int | None) -> int:
    """Processes the kernel ``pid`` started that still run (its process group or its own uid)."""
    if not pid or sys.platform != "linux":
        return 0
    count = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == pid:
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                pgid = int(handle.read().rsplit(")", 1)[1].split()[2])
            count += pgid == pid or os.stat(f"/proc/{entry}").st_uid == UID_BASE + pid
        except (OSError, IndexError, ValueError):
            continue
    return count


def crowded(pid: int | None) -> bool:
    """A cell left so many processes behind (a fork bomb) that the kernel is better restarted."""
    return leftover_processes(pid) > Limits.from_env().max_procs // 4


class _Sandboxed:
    """KernelManager mix-in: start ``autograde.sandbox`` and clean up everything it started."""

    hide_paths: tuple = ()  # extra paths the kernel must not see (AUTOGRADE_HIDE)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._sandbox_pid, self._ipc_dir = None, None
        if enabled():
            context = self.context
            if self._created_context:  # a context of its own: cap every message the kernel sends
                import zmq

                context.setsockopt(zmq.MAXMSGSIZE, Limits.from_env().notebook_output_bytes + (1 << 20))

    @property
    def kernel_spec(self):
        return kernel_spec() if enabled() else super().kernel_spec

    async def _async_pre_start_kernel(self, **kw):
        if enabled() and sys.platform == "linux" and not self._ipc_dir:  # Unix sockets work across namespaces
            self._ipc_dir = tempfile.mkdtemp(prefix="autograde-")
            self.transport, self.ip = "ipc", os.path.join(self._ipc_dir, "k")
        kw.setdefault("stdout", subprocess.DEVNULL)  # a forked copy of the kernel may print anything
        kw.setdefault("stderr", subprocess.DEVNULL)
        if self.hide_paths:
            kw["env"] = {**(kw.get("env") or os.environ),
                         "AUTOGRADE_HIDE": os.pathsep.join(map(str, self.hide_paths))}
        return await super()._async_pre_start_kernel(**kw)

    async def _async_post_start_kernel(self, **kw):
        self._sandbox_pid = getattr(self.provisioner, "pid", None)
        await super()._async_post_start_kernel(**kw)

    async def _async_cleanup_resources(self, restart: bool = False):
        await super()._async_cleanup_resources(restart=restart)
        kill_leftovers(self._sandbox_pid)
        if not restart and self._ipc_dir:
            shutil.rmtree(self._ipc_dir, ignore_errors=True)
            self._ipc_dir = None


def _managers():
    from jupyter_client.manager import AsyncKernelManager, KernelManager

    from jupyter_core.utils import run_sync

    class SandboxKernelManager(_Sandboxed, KernelManager):
        """A blocking KernelManager for sandboxed kernels (kernel.py)."""

        cleanup_resources = run_sync(_Sandboxed._async_cleanup_resources)

    class AsyncSandboxKernelManager(_Sandboxed, AsyncKernelManager):
        """An asyncio KernelManager for sandboxed kernels (nbclient, nbgrader)."""

        cleanup_resources = _Sandboxed._async_cleanup_resources  # nbclient calls it directly

    return SandboxKernelManager, AsyncSandboxKernelManager


def __getattr__(name):  # the managers import jupyter_client only when a grader asks for them
    if name in ("SandboxKernelManager", "AsyncSandboxKernelManager"):
        managers = dict(zip(("SandboxKernelManager", "AsyncSandboxKernelManager"), _managers()))
        globals().update(managers)
        return managers[name]
    raise AttributeError(name)


if __name__ == "__main__":  # run as autograde.sandbox, so STATUS is importable inside the kernel
    from autograde import sandbox

    sandbox.main()
