"""What a report is asked for: period, language, audience, variant, protection and the
selection (:class:`ReportOptions`), and the answer to a cancelled one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from desktop.core.listing import ObservationQuery
from desktop.core.reports.disclosure import Policy
from desktop.core.reports.recommendations import Recommendation
from desktop.core.reports.texts import M_CANCELLED

FULL, UPR = "full", "upr"
INSTITUTION, PUBLIC = "institution", "public"


class ReportCancelled(Exception):
    def __init__(self) -> None:
        super().__init__(M_CANCELLED)


@dataclass
class ReportOptions:
    date_from: str
    date_to: str
    lang: str = "en"
    audience: str = INSTITUTION
    variant: str = FULL
    policy: Policy = field(default_factory=Policy)
    org_name: str = ""
    organisations: Mapping[str, str] = field(default_factory=dict)
    query: ObservationQuery = field(default_factory=ObservationQuery)
    today: str = field(default_factory=lambda: dt.date.today().isoformat())
    #: The recommendations loaded in the profile (``profile.recommendations.all()``), for
    #: the annex; cases may also link recommendations that were not loaded.
    recommendations: Sequence[Recommendation] = ()
