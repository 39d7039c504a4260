"""JUnit XML: one test case per pair, failed when a finding reaches the pair's ``fail_on``.

CI systems without SARIF support (Jenkins, GitLab test reports, Azure) all read JUnit; a pair
that could not be checked is an ``<error>``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from driftcheck.batch import BatchReport
from driftcheck.locations import where
from driftcheck.rules import rule


def render_junit(batch: BatchReport) -> str:
    failures = sum(1 for r in batch.reports if r.failing)
    suites = ET.Element(
        "testsuites",
        name="driftcheck",
        tests=str(len(batch.pairs)),
        failures=str(failures),
        errors=str(len(batch.errors)),
    )
    suite = ET.SubElement(
        suites,
        "testsuite",
        name="driftcheck",
        tests=str(len(batch.pairs)),
        failures=str(failures),
        errors=str(len(batch.errors)),
        skipped="0",
    )
    properties = ET.SubElement(suite, "properties")
    ET.SubElement(properties, "property", name="signature", value=str(batch.signature))
    ET.SubElement(properties, "property", name="fail_on", value=batch.fail_on.value)
    ET.SubElement(properties, "property", name="baselined", value=str(batch.baselined))
    for pair in batch.pairs:
        case = ET.SubElement(
            suite, "testcase", classname="driftcheck", name=pair.id, file=pair.version
        )
        if pair.report is None:
            ET.SubElement(case, "error", message=pair.error or "", type="error")
            continue
        report = pair.report
        lines = []
        for finding in report.findings:
            primary, _ = where(report, finding)
            lines.append(
                f"{primary.path}:{primary.line}:{primary.column}: [{finding.severity.value}] "
                f"{finding.rule} {rule(finding.rule).name}: {finding.reason}"
            )
        if report.failing:
            ET.SubElement(
                case,
                "failure",
                message=f"{len(report.failing)} finding(s) at or above {report.fail_on.value}",
                type="drift",
            ).text = "\n".join(lines)
        elif lines:
            ET.SubElement(case, "system-out").text = "\n".join(lines)
    ET.indent(suites)
    body = ET.tostring(suites, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
