"""The records kept beside a checklist: housing, healthcare, administrative papers."""

from __future__ import annotations

from enum import StrEnum

from welcome_desk.domain.messages import N_


class HousingKind(StrEnum):
    CROUS = "crous"
    PRIVATE = "private"
    FAMILY = "family"
    TEMPORARY = "temporary"
    OTHER = "other"


class Visale(StrEnum):
    NONE = "none"
    REQUESTED = "requested"
    GRANTED = "granted"
    REFUSED = "refused"


class CafStatus(StrEnum):
    NONE = "none"
    REQUESTED = "requested"
    GRANTED = "granted"
    REFUSED = "refused"


class SocialSecurity(StrEnum):
    NONE = "none"
    PROVISIONAL = "provisional"
    DEFINITIVE = "definitive"


class VisaType(StrEnum):
    VLS_TS_STUDENT = "vls_ts_student"
    TALENT_RESEARCHER = "talent_researcher"
    TALENT_FAMILY = "talent_family"
    SHORT_STAY = "short_stay"
    ALGERIAN_CERTIFICATE = "algerian_certificate"
    OTHER = "other"
    NONE = "none"


HOUSING_LABELS = {
    HousingKind.CROUS: N_("CROUS residence"),
    HousingKind.PRIVATE: N_("private rental"),
    HousingKind.FAMILY: N_("host family or relatives"),
    HousingKind.TEMPORARY: N_("temporary (hotel, hostel)"),
    HousingKind.OTHER: N_("other housing"),
}
SOCIAL_SECURITY_LABELS = {
    SocialSecurity.NONE: N_("not registered"),
    SocialSecurity.PROVISIONAL: N_("provisional number"),
    SocialSecurity.DEFINITIVE: N_("definitive number"),
}
VISA_LABELS = {
    VisaType.VLS_TS_STUDENT: N_("long-stay student visa (VLS-TS)"),
    VisaType.TALENT_RESEARCHER: N_("talent passport – researcher"),
    VisaType.TALENT_FAMILY: N_("talent passport – family"),
    VisaType.SHORT_STAY: N_("short-stay visa"),
    VisaType.ALGERIAN_CERTIFICATE: N_("Algerian residence certificate"),
    VisaType.OTHER: N_("other visa"),
    VisaType.NONE: N_("no visa needed"),
}
# The Visale guarantee and the CAF's housing aid share the same four states.
DECISION_LABELS = {
    Visale.NONE: N_("not requested"),
    Visale.REQUESTED: N_("requested"),
    Visale.GRANTED: N_("granted"),
    Visale.REFUSED: N_("refused"),
}
