"""Undo tampering with the grading machinery right before each test cell (inside the kernel).

The sandbox calls ``snapshot`` once, before any learner code runs. Before every test cell the
graders send ``request()``'s code silently; ``restore`` then puts back what an answer cell may
have replaced: the grading helpers (module attributes, their code objects, the names a
notebook imported), built-ins (``AssertionError``, ``__import__``, names that shadow them),
``sys.modules`` and import hooks, trace functions, IPython's execution and error-display
methods, AST and input transformers and event callbacks that learner code registered.

This is best effort and says so: learner code runs in the same interpreter as the tests, so a
learner who attacks this module itself, or an answer function that rewrites the calling test's
frame while the test runs, can still cheat. See the README section on what the grader
protects against.
"""

import builtins
import secrets
import sys
import sysconfig
import threading
import types

PROTECTED = ("autograde.compare", "autograde.expect", "autograde.probes", "autograde.notebook")
HELPER_MODULES = ("autograde.compare", "autograde.expect")  # what set-up cells import by name
SHELL_METHODS = ("run_cell", "run_cell_async", "run_code", "run_ast_nodes", "transform_cell",
                 "transform_ast", "showtraceback", "_showtraceback", "showsyntaxerror",
                 "should_run_async", "user_expressions", "ex", "ev")
NONCE_NAME = "_autograde_guard_nonce"
_pristine: dict = {}


def _file_of(obj) -> str | None:
    func = getattr(obj, "__func__", obj)
    code = getattr(func, "__code__", None)
    if code is not None:
        return code.co_filename
    module = sys.modules.get(getattr(type(obj), "__module__", ""))
    return getattr(module, "__file__", None)


def _trusted(obj) -> bool:
    """Defined in the standard library, an installed package or autograde (not in a cell)."""
    path = _file_of(obj)
    return bool(path) and any(path.startswith(root) for root in _pristine["roots"])


def snapshot(shell) -> None:
    """Remember the pristine state; call before any learner code runs."""
    import importlib
    import os

    modules = {name: importlib.import_module(name) for name in PROTECTED}
    functions, classes = [], []
    for module in modules.values():
        for value in vars(module).values():
            if getattr(value, "__module__", None) != module.__name__:
                continue
            if isinstance(value, types.FunctionType):
                functions.append(value)
            elif isinstance(value, type):
                classes.append((value, dict(vars(value))))
                functions += [v for v in vars(value).values() if isinstance(v, types.FunctionType)]
    helpers = {name: value for module in HELPER_MODULES for name, value in vars(modules[module]).items()
               if not name.startswith("_") and str(getattr(value, "__module__", "")).startswith("autograde.")}
    helpers.update({alias: sys.modules[name] for alias, name in (("np", "numpy"), ("pd", "pandas"))
                    if name in sys.modules})
    paths = sysconfig.get_paths()
    _pristine.update(
        shell=shell, builtins=dict(vars(builtins)), user_ns=dict(shell.user_ns),
        sys_modules=dict(sys.modules), meta_path=list(sys.meta_path), path_hooks=list(sys.path_hooks),
        modules=[(module, dict(vars(module))) for module in modules.values()],
        code={f: (f.__code__, f.__defaults__, f.__kwdefaults__) for f in functions}, classes=classes,
        shell_methods={(cls, name): cls.__dict__[name] for cls in type(shell).__mro__
                       for name in SHELL_METHODS if name in cls.__dict__},
        helpers=helpers,
        roots=tuple({os.path.dirname(os.path.abspath(__file__))}
                    | {paths[k] for k in ("stdlib", "platstdlib", "purelib", "platlib") if k in paths}),
    )


def _reset(target: dict, saved: dict) -> None:
    for name, value in saved.items():
        if target.get(name, saved) is not value:
            target[name] = value


def restore(nonce: str | None = None) -> None:
    """Put the grading machinery back as ``snapshot`` found it; record ``nonce`` as proof."""
    saved = _pristine
    if not saved:
        return
    sys.settrace(None)
    sys.setprofile(None)
    threading.settrace(None)
    threading.setprofile(None)
    _reset(vars(builtins), saved["builtins"])
    _reset(sys.modules, saved["sys_modules"])
    for name in [n for n, m in sys.modules.items() if not isinstance(m, types.ModuleType)]:
        del sys.modules[name]
    sys.meta_path[:], sys.path_hooks[:] = saved["meta_path"], saved["path_hooks"]
    sys.path_importer_cache.clear()
    for module, namespace in saved["modules"]:
        _reset(vars(module), namespace)
    for function, (code, defaults, kwdefaults) in saved["code"].items():
        function.__code__, function.__defaults__, function.__kwdefaults__ = code, defaults, kwdefaults
    for cls, namespace in saved["classes"]:
        for name, value in namespace.items():
            if cls.__dict__.get(name, namespace) is not value and name not in ("__dict__", "__weakref__"):
                setattr(cls, name, value)
    shell = saved["shell"]
    for (cls, name), value in saved["shell_methods"].items():
        if cls.__dict__.get(name) is not value:
            setattr(cls, name, value)
    for name in SHELL_METHODS:
        shell.__dict__.pop(name, None)
    for hooks in (shell.ast_transformers, shell.input_transformers_cleanup, shell.input_transformers_post,
                  *shell.events.callbacks.values()):
        hooks[:] = [hook for hook in hooks if _trusted(hook)]
    namespace = shell.user_ns
    _reset(namespace, {name: value for name, value in saved["helpers"].items() if name in namespace})
    for name in [n for n in namespace if n in saved["builtins"] and not n.startswith("_")]:
        if name in saved["user_ns"]:
            namespace[name] = saved["user_ns"][name]  # IPython's own (open, exit, get_ipython)
        else:
            del namespace[name]  # e.g. `AssertionError = Exception` or `abs = ...` in an answer
    namespace[NONCE_NAME] = nonce


def request() -> tuple[str, str]:
    """The code a grader sends before a test cell, and the nonce that proves it ran."""
    nonce = secrets.token_hex(8)
    return f"import autograde.guard\nautograde.guard.restore({nonce!r})", nonce


def verify(reply_content: dict | None, nonce: str) -> str | None:
    """None if the restore ran; otherwise the one-line reason the test cannot be trusted."""
    if not reply_content:
        return "the kernel did not answer the grader before this test"
    if reply_content.get("status") != "ok":
        return f"the notebook broke the grader before this test ({reply_content.get('ename', 'error')})"
    shown = reply_content.get("user_expressions", {}).get("guard", {}).get("data", {}).get("text/plain")
    if shown != repr(nonce):
        return "the notebook tampered with the grader (its code did not run before this test)"
    return None
