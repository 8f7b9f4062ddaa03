import gc
import sys

from hiring import create_app
from hiring.errors import ConfigurationError

try:
    app = create_app()
except ConfigurationError as error:
    sys.exit(f"The portal cannot start: {error}")

# What the portal built at start (modules, mappers, templates' environment: some 160,000
# objects) never becomes garbage: frozen, a full collection no longer walks it. Without this,
# every few requests of a busy page paid a full collection (100-450 ms at a million
# candidates); under gunicorn (preload_app) this runs in the master, before the workers fork.
gc.freeze()
