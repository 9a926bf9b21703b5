"""The report's own texts (English sources, marked for translation): the document's
headings and sentences, by key, for :mod:`.document`, :mod:`.blocks`, :mod:`.narratives`
and :mod:`.annex`."""

from __future__ import annotations

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.reports.recommendations import NOTED, SUPPORTED

M = {
    "title": QT_TRANSLATE_NOOP("core", "Documented human rights cases"),
    "upr_title": QT_TRANSLATE_NOOP(
        "core", "Submission to the Universal Periodic Review of Turkmenistan"
    ),
    "period": QT_TRANSLATE_NOOP("core", "Period: {start} to {end}"),
    "prepared": QT_TRANSLATE_NOOP("core", "Prepared by {org} on {date}. Draft for editing."),
    "s_period": QT_TRANSLATE_NOOP("core", "Period and selection"),
    "selection": QT_TRANSLATE_NOOP(
        "core",
        "This report covers incidents from {start} to {end}. The selection holds {total}"
        " documented cases; {counted} of them count in this document.",
    ),
    "filters": QT_TRANSLATE_NOOP("core", "Selection: {filters}."),
    "left_institution": QT_TRANSLATE_NOOP(
        "core",
        "{left} cases were left out because the people concerned did not consent to their"
        " use by the institution.",
    ),
    "left_public": QT_TRANSLATE_NOOP(
        "core",
        "{left} cases were left out because the people concerned did not consent to their"
        " use in an anonymised public report.",
    ),
    "s_method": QT_TRANSLATE_NOOP("core", "Method and caveats"),
    "method": QT_TRANSLATE_NOOP(
        "core",
        "The cases were documented by human rights defenders with Fieldbook: each record"
        " holds the incident's date and place, the rights affected, the types of act, the"
        " people involved, the source and the consent given.",
    ),
    "caveat": QT_TRANSLATE_NOOP(
        "core",
        "Documented cases are not a sample of the population. They show what was"
        " documented, where and when someone could document it; they do not show how common"
        " any violation is, and no figure here is a prevalence or a trend in the country.",
    ),
    "suppression": QT_TRANSLATE_NOOP(
        "core",
        "To protect the people concerned, counts from 1 to {small} are not shown ({etrap}"
        " for etraps), nor are the other counts from which they could be worked out; each"
        " is marked {mark}. Zero is shown.",
    ),
    "multi": QT_TRANSLATE_NOOP(
        "core",
        "A case may concern several rights, types of act or people, so it may count in"
        " more than one row of a table.",
    ),
    "s_summary": QT_TRANSLATE_NOOP("core", "Summary tables"),
    "total": QT_TRANSLATE_NOOP("core", "Total"),
    "cases": QT_TRANSLATE_NOOP("core", "Cases"),
    "previous": QT_TRANSLATE_NOOP("core", "Previous period"),
    "change": QT_TRANSLATE_NOOP("core", "Change"),
    "by": QT_TRANSLATE_NOOP("core", "Cases by {dimension}"),
    "by_two": QT_TRANSLATE_NOOP("core", "Cases by {rows} and {columns}"),
    "s_rights": QT_TRANSLATE_NOOP("core", "Cases by right"),
    "right_count": QT_TRANSLATE_NOOP(
        "core", "{count} documented cases in this period concern this right."
    ),
    "right_hidden": QT_TRANSLATE_NOOP(
        "core",
        "The number of documented cases concerning this right is not shown, to protect"
        " the people concerned.",
    ),
    "illustrative": QT_TRANSLATE_NOOP(
        "core", "Illustrative cases (anonymised; not every documented case is told):"
    ),
    "case": QT_TRANSLATE_NOOP("core", "Case {number}. {when}, {where}. {acts}{text}"),
    "no_date": QT_TRANSLATE_NOOP("core", "date unknown"),
    "no_place": QT_TRANSLATE_NOOP("core", "place not recorded"),
    "upr_intro": QT_TRANSLATE_NOOP(
        "core",
        "This submission by {org} draws on {counted} human rights cases documented from"
        " {start} to {end}, whose people consented to their use.",
    ),
    "upr_recommendations": QT_TRANSLATE_NOOP(
        "core",
        "Recommendations: the office adds here what became of the recommendations"
        " Turkmenistan received and what it asks the State to do.",
    ),
    "s_recommendations": QT_TRANSLATE_NOOP("core", "Recommendations"),
    "s_key": QT_TRANSLATE_NOOP("core", "Key figures"),
    "no_cases": QT_TRANSLATE_NOOP("core", "No case in this selection counts in this document."),
    "map": QT_TRANSLATE_NOOP(
        "core", "Map: documented cases by velayat (hatched: not shown, to protect people)."
    ),
    "chart_rights": QT_TRANSLATE_NOOP("core", "Chart: the rights most often documented."),
    "s_annex": QT_TRANSLATE_NOOP("core", "Annex: UN recommendations and documented cases"),
    "annex": QT_TRANSLATE_NOOP(
        "core",
        "The table gives, for each UN recommendation, the number of documented cases in this"
        " document that the field workers linked to it. A case may bear on several"
        " recommendations. The same protection applies as to the other tables.",
    ),
    "annex_caption": QT_TRANSLATE_NOOP("core", "Cases by UN recommendation"),
    "annex_none": QT_TRANSLATE_NOOP(
        "core",
        "No UN recommendations were loaded and no case is linked to one. Load the"
        " recommendations from the Universal Human Rights Index to list them here.",
    ),
    "annex_none_linked": QT_TRANSLATE_NOOP(
        "core", "No case in this document is linked to a UN recommendation."
    ),
    "recommendation": QT_TRANSLATE_NOOP("core", "Recommendation"),
    "response": QT_TRANSLATE_NOOP("core", "Response"),
    SUPPORTED: QT_TRANSLATE_NOOP("core", "supported"),
    NOTED: QT_TRANSLATE_NOOP("core", "noted"),
}
M_CANCELLED = QT_TRANSLATE_NOOP("core", "The report was cancelled.")
