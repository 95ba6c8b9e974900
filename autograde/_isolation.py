"""Linux primitives the sandbox uses: namespaces, mounts, credentials (ctypes, no dependencies).

Every function raises ``OSError`` when the platform refuses; the sandbox records why and goes
on with the protections that did apply.
"""

import ctypes
import os
import re
import stat

CLONE_NEWNS, CLONE_NEWUSER, CLONE_NEWNET = 0x00020000, 0x10000000, 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_NOATIME, MS_NODIRATIME, MS_BIND, MS_REC = 32, 1024, 2048, 4096, 16384
MS_PRIVATE, MS_RELATIME, MS_STRICTATIME = 1 << 18, 1 << 21, 1 << 24
_KEPT_FLAGS = {"nosuid": MS_NOSUID, "nodev": MS_NODEV, "noexec": MS_NOEXEC, "noatime": MS_NOATIME,
               "nodiratime": MS_NODIRATIME, "relatime": MS_RELATIME, "strictatime": MS_STRICTATIME}
PR_CAPBSET_DROP, PR_SET_NO_NEW_PRIVS = 24, 38

_libc = ctypes.CDLL(None, use_errno=True)


def _check(result: int, what: str) -> None:
    if result != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"{what}: {os.strerror(errno)}")


def unshare(flags: int) -> None:
    _check(_libc.unshare(ctypes.c_int(flags)), "unshare")


def mount(source, target, fstype=None, flags=0, data=None) -> None:
    enc = lambda s: None if s is None else os.fsencode(s)  # noqa: E731
    _check(_libc.mount(enc(source), enc(target), enc(fstype), ctypes.c_ulong(flags), enc(data)),
           f"mount {target}")


def enter_namespaces(network: bool) -> str:
    """A private mount namespace (and network namespace unless ``network``): "root" or "user".

    Root unshares directly; anyone else first enters a user namespace of their own (the
    process must still be single-threaded for that).
    """
    flags = CLONE_NEWNS | (0 if network else CLONE_NEWNET)
    if os.geteuid() == 0:
        unshare(flags)
        kind = "root"
    else:
        uid, gid = os.getuid(), os.getgid()
        unshare(flags | CLONE_NEWUSER)
        for name, text in (("setgroups", "deny"), ("uid_map", f"{uid} {uid} 1"), ("gid_map", f"{gid} {gid} 1")):
            with open(f"/proc/self/{name}", "w") as handle:
                handle.write(text)
        kind = "user"
    mount(None, "/", None, MS_REC | MS_PRIVATE)  # nothing done here leaks to the host
    return kind


def _inside(path: str, parent: str) -> bool:
    return path == parent or path.startswith(parent.rstrip("/") + "/")


def outermost(paths) -> list[str]:
    """Absolute, existing paths, without the ones inside another of them."""
    found = sorted({os.path.realpath(p) for p in paths if p and os.path.exists(p)})
    return [p for p in found if not any(q != p and _inside(p, q) for q in found)]


def cover(path: str, keep=(), *, writable: bool = False, size_mb: int = 1) -> None:
    """Hide ``path`` under an empty tmpfs (a file under /dev/null); ``keep`` stays visible in it."""
    if os.path.isfile(path):
        mount("/dev/null", path, None, MS_BIND)
        return
    kept = [k for k in outermost(keep) if _inside(k, path) and k != path]
    handles = [(k, os.open(k, os.O_PATH | os.O_CLOEXEC)) for k in kept]
    mode = "1777" if writable else "0755"
    mount("tmpfs", path, "tmpfs", MS_NOSUID | MS_NODEV, f"size={size_mb}m,nr_inodes=65536,mode={mode}")
    for target, fd in handles:
        try:
            if os.path.isdir(f"/proc/self/fd/{fd}"):
                os.makedirs(target, exist_ok=True)
            else:
                os.makedirs(os.path.dirname(target), exist_ok=True)
                open(target, "a").close()
            mount(f"/proc/self/fd/{fd}", target, None, MS_BIND | MS_REC)
        finally:
            os.close(fd)


def _mounts() -> list[tuple[str, int]]:
    """(mount point, per-mount flags to keep) of every mount, from /proc/self/mountinfo."""
    found = []
    with open("/proc/self/mountinfo", "rb") as handle:
        for line in handle:
            fields = line.decode(errors="surrogateescape").split()
            point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[4])  # \040: a space
            flags = sum(_KEPT_FLAGS.get(option, 0) for option in fields[5].split(","))
            found.append((point, flags))
    return found


def make_read_only(writable=()) -> list[str]:
    """Remount every mount read-only except /proc, /dev and ``writable``; the failures."""
    failures, done = [], set()
    for point, flags in _mounts():
        if point in done or point in writable or any(_inside(point, p) for p in ("/proc", "/dev")):
            continue
        done.add(point)
        try:
            mount(None, point, None, MS_REMOUNT | MS_BIND | MS_RDONLY | flags)
        except OSError as error:
            failures.append(f"{point}: {error.strerror}")
    return failures


def untraversable_ancestors(paths) -> list[str]:
    """Directories above ``paths`` that other users cannot enter (each needs covering)."""
    found = set()
    for path in outermost(paths):
        parent = os.path.dirname(path)
        while parent and parent != "/":
            if not os.stat(parent).st_mode & stat.S_IXOTH:
                found.add(parent)
            parent = os.path.dirname(parent)
    return outermost(found)


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


def drop_capabilities() -> None:
    """No capabilities, now or after any exec (call while single-threaded)."""
    for cap in range(64):
        if _libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0 and ctypes.get_errno() == 22:  # EINVAL: no such cap
            break
    header, data = _CapHeader(0x20080522, 0), (_CapData * 2)()
    _check(_libc.capset(ctypes.byref(header), data), "capset")


def no_new_privileges() -> None:
    """setuid programs (sudo, su) can never raise this process's privileges again."""
    _check(_libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "prctl")


def become(uid: int) -> None:
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)


def unreadable_as(uid: int, paths) -> list[str]:
    """Which ``paths`` a process running as ``uid`` could not read (checked in a child process)."""
    read, write = os.pipe()
    child = os.fork()
    if child == 0:
        try:
            os.close(read)
            try:
                become(uid)
            except OSError as error:
                os.write(write, f"(cannot switch to uid {uid}: {error.strerror})".encode())
                os._exit(0)
            bad = [p for p in paths if not os.access(p, os.R_OK | (os.X_OK if os.path.isdir(p) else 0))]
            os.write(write, "\n".join(bad).encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as handle:
        text = handle.read().decode()
    os.waitpid(child, 0)
    return [line for line in text.splitlines() if line]
