"""The one exception the command line reports without a traceback."""


class CourseError(Exception):
    """Bad input or a step that cannot go on; ``str()`` is what the user reads."""
