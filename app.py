import sys

from hiring import create_app
from hiring.errors import ConfigurationError

try:
    app = create_app()
except ConfigurationError as error:
    sys.exit(f"The portal cannot start: {error}")
