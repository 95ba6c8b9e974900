"""JupyterHub for one cohort of this course on one machine (see docs/jupyterhub.md).

- Learners log in and get their own JupyterLab server in their home directory, with nbgrader's
  lab extension in learner mode: Assignments (fetch, submit, fetch feedback) and Validate, no
  Formgrader, no Create Assignment, no course list. Their nbgrader settings come from
  ``jupyterhub/learner/`` (put first on ``JUPYTER_CONFIG_PATH``).
- The course itself (this repository, the nbgrader course root) runs as a JupyterHub service
  named after the course id, as the grading account, with formgrader, at
  ``/services/<course id>/``. Only the members of ``formgrade-<course id>`` may open it.
- Both sides share one nbgrader exchange directory (``/srv/nbgrader/exchange`` by default);
  ``Exchange.path_includes_course`` puts each learner's copy of an assignment in
  ``~/<course id>/<assignment>/``, so several courses can share the hub and the exchange.

Everything that changes from one machine to another comes from the environment:

    COURSE_ROOT           the course repository (default: the folder above this file)
    COURSE_ID             default ds-interview-loop (must match nbgrader_config.py)
    COURSE_EXCHANGE_ROOT  default /srv/nbgrader/exchange
    COURSE_HUB_STATE      the hub's database, cookie secret and proxy pid (default /srv/jupyterhub)
    COURSE_GRADERS        comma-separated hub users who may grade (default: instructor)
    COURSE_STUDENTS       comma-separated hub users who take the course
    COURSE_GRADER_ACCOUNT the OS account the course service runs as (default grader-<course id>)
    COURSE_HUB_URL        where the hub listens (default http://:8000)
    COURSE_HUB_PORT, COURSE_PROXY_API_PORT, COURSE_SERVICE_PORT   internal ports (8081, 8001, 9999)
    COURSE_HUB_DEMO=1     try-out mode on a laptop or in the tests: any password, every user a
                          process of the account that runs the hub, homes under COURSE_HUB_STATE

Start it with ``jupyterhub -f jupyterhub/jupyterhub_config.py`` (as root for real accounts).
"""

import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
COURSE_ROOT = Path(os.environ.get("COURSE_ROOT", HERE.parent)).resolve()
COURSE_ID = os.environ.get("COURSE_ID", "ds-interview-loop")
EXCHANGE = os.environ.get("COURSE_EXCHANGE_ROOT", "/srv/nbgrader/exchange")
STATE = Path(os.environ.get("COURSE_HUB_STATE", "/srv/jupyterhub"))
GRADERS = [u for u in os.environ.get("COURSE_GRADERS", "instructor").split(",") if u]
STUDENTS = [u for u in os.environ.get("COURSE_STUDENTS", "").split(",") if u]
GRADER_ACCOUNT = os.environ.get("COURSE_GRADER_ACCOUNT", f"grader-{COURSE_ID}")
DEMO = os.environ.get("COURSE_HUB_DEMO") == "1"
# The servers run jupyterhub-singleuser from the environment the hub runs in (the course's venv).
BIN = os.path.dirname(sys.executable)
SINGLEUSER = shutil.which("jupyterhub-singleuser", path=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}") \
    or "jupyterhub-singleuser"

c = get_config()  # noqa: F821 (provided by JupyterHub)

# --- the hub itself ----------------------------------------------------------------------------
STATE.mkdir(parents=True, exist_ok=True)
c.JupyterHub.bind_url = os.environ.get("COURSE_HUB_URL", "http://:8000")
c.JupyterHub.hub_port = int(os.environ.get("COURSE_HUB_PORT", "8081"))
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{os.environ.get('COURSE_PROXY_API_PORT', '8001')}"
c.ConfigurableHTTPProxy.pid_file = str(STATE / "jupyterhub-proxy.pid")
c.JupyterHub.db_url = f"sqlite:///{STATE / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(STATE / "jupyterhub_cookie_secret")

# --- who may log in ----------------------------------------------------------------------------
c.Authenticator.allowed_users = set(GRADERS + STUDENTS)
c.Authenticator.admin_users = set(GRADERS)
if DEMO:
    c.JupyterHub.authenticator_class = "dummy"  # any password: never on a reachable machine
    c.JupyterHub.spawner_class = "simple"  # every server runs as the hub's own account
    c.SimpleLocalProcessSpawner.home_dir_template = str(STATE / "home" / "{username}")
# else: the defaults, PAMAuthenticator and LocalProcessSpawner: one OS account per person, the
# hub running as root. nbgrader then knows each learner from the OS account name.

# --- learners: JupyterLab with nbgrader's learner-side extensions --------------------------------
c.Spawner.cmd = [SINGLEUSER]
c.Spawner.default_url = "/lab"
# Jupyter refuses to run as root unless told to; only demo mode runs servers as the hub's account.
ALLOW_ROOT = ["--allow-root"] if DEMO and os.geteuid() == 0 else []
c.Spawner.args = [
    f"--ServerApp.jpserver_extensions=nbgrader.server_extensions.{name}=False"
    for name in ("formgrader", "course_list")
] + ALLOW_ROOT
c.Spawner.environment = {
    # nbgrader_config.py (exchange, course id) and labconfig/page_config.json (hidden plugins)
    "JUPYTER_CONFIG_PATH": str(HERE / "learner"),
    "COURSE_ID": COURSE_ID,
    "COURSE_EXCHANGE_ROOT": EXCHANGE,
    "COURSE_HUB_DEMO": "1" if DEMO else "",
}

# --- the course: a service running as the grading account, with formgrader ----------------------
service = {
    "name": COURSE_ID,
    "url": f"http://127.0.0.1:{os.environ.get('COURSE_SERVICE_PORT', '9999')}",
    "command": [SINGLEUSER, f"--ServerApp.root_dir={COURSE_ROOT}", *ALLOW_ROOT],
    "cwd": str(COURSE_ROOT),
    "oauth_no_confirm": True,
    "environment": {
        "JUPYTERHUB_DEFAULT_URL": "/lab",
        "JUPYTER_CONFIG_PATH": str(HERE / "grader"),
        "COURSE_EXCHANGE_ROOT": EXCHANGE,
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '/usr/bin:/bin')}",  # nbgrader needs alembic
    },
}
if not DEMO:
    service["user"] = GRADER_ACCOUNT
c.JupyterHub.services = [service]

# Groups named formgrade-<course> and nbgrader-<course> are what nbgrader's JupyterHub plugin
# reads: graders reach the formgrader service; learners see the course in their assignment list.
c.JupyterHub.load_groups = {
    f"formgrade-{COURSE_ID}": {"users": GRADERS},
    f"nbgrader-{COURSE_ID}": {"users": STUDENTS + GRADERS},
}
c.JupyterHub.load_roles = [
    {"name": f"formgrade-{COURSE_ID}", "groups": [f"formgrade-{COURSE_ID}"],
     "scopes": [f"access:services!service={COURSE_ID}"]},
    {"name": f"nbgrader-{COURSE_ID}", "groups": [f"nbgrader-{COURSE_ID}"],
     "scopes": ["list:services", f"read:services!service={COURSE_ID}"]},
    # A learner's server asks the hub which nbgrader-* groups its owner is in.
    {"name": "server", "scopes": ["users:activity!user", "access:servers!server", "read:users:groups!user",
                                  "read:users:name!user"]},
]
