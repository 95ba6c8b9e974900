"""nbgrader settings of every learner's server (first on JUPYTER_CONFIG_PATH, see jupyterhub_config.py).

On a machine without JupyterHub, the same lines go in /etc/jupyter/nbgrader_config.py.
"""

import os

c = get_config()  # noqa: F821 (provided by nbgrader)

c.CourseDirectory.course_id = os.environ.get("COURSE_ID", "ds-interview-loop")
c.Exchange.root = os.environ.get("COURSE_EXCHANGE_ROOT", "/srv/nbgrader/exchange")
c.Exchange.path_includes_course = True  # assignments land in ~/<course id>/<assignment>/

if os.environ.get("JUPYTERHUB_API_TOKEN"):
    from nbgrader.auth import JupyterHubAuthPlugin

    # Only members of the hub group nbgrader-<course id> may fetch and submit.
    c.Authenticator.plugin_class = JupyterHubAuthPlugin

if os.environ.get("COURSE_HUB_DEMO") == "1" and os.environ.get("JUPYTERHUB_USER"):
    # Demo mode runs every learner as one OS account; nbgrader would name every submission
    # after that account, so name it after the hub user instead.
    c.CourseDirectory.student_id = os.environ["JUPYTERHUB_USER"]
