"""pygal, imported once for every chart the portal draws (plans and reports)."""

from __future__ import annotations

import sys

import pygal
from pygal.style import Style

# pygal appends a legacy import hook for its map plugins (unused here) that turns every failed
# optional import anywhere in the process into an ImportWarning; take it out again.
sys.meta_path[:] = [finder for finder in sys.meta_path
                    if type(finder).__module__.split(".")[0] != "pygal"
                    and type(finder).__name__ != "PluginImportFixer"]

__all__ = ["Style", "pygal"]
