"""The build's one piece setup.cfg cannot say: the HL7 connector's optional C loops.

``optional=True``: where no C compiler is found the install still succeeds, and the connector
runs the same loops in Python (connectors/hl7v2/tally.py, connectors/hl7v2/framing.py).
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension("assessor.connectors.hl7v2._tally", ["connectors/hl7v2/_tally.c"], optional=True),
        Extension("assessor.connectors.hl7v2._scan", ["connectors/hl7v2/_scan.c"], optional=True),
    ]
)
