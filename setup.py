"""The build's one piece setup.cfg cannot say: the optional C inner loop of the HL7 profiler.

``optional=True``: where no C compiler is found the install still succeeds, and the profiler
runs its pure-Python implementation of the same loop (connectors/hl7v2/tally.py).
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension("connectors.hl7v2._tally", ["connectors/hl7v2/_tally.c"], optional=True)
    ]
)
