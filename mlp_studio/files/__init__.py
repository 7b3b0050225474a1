"""Project files: reading, writing and migrating them, recovery copies and exports. Never imports Qt.

``from mlp_studio.files import Project, load_project, save_project, project_from_session, session_from_project``
"""

from .project import MIME_TYPE, PROJECT_SUFFIX, Project, load_project, save_project
from .project_io import ProjectError
from .project_session import project_from_session, session_from_project

__all__ = ["MIME_TYPE", "PROJECT_SUFFIX", "Project", "ProjectError", "load_project", "project_from_session",
           "save_project", "session_from_project"]
