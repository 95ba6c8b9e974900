"""nbgrader settings of the course service (the grading account), added to the course's own
nbgrader_config.py (which the service reads from its working directory, the course root)."""

import os

c = get_config()  # noqa: F821 (provided by nbgrader)

c.Exchange.root = os.environ.get("COURSE_EXCHANGE_ROOT", "/srv/nbgrader/exchange")
c.Exchange.path_includes_course = True
# No JupyterHubAuthPlugin here: it needs JUPYTERHUB_USER, which a service does not have, and the
# grading account sees every submission of its course anyway. Learners' servers use it.
