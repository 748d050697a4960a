"""Write ``phi_labels.csv``: the hand-made label of every column of the hold-out schemas.

Each hold-out's labels were written out below, table by table, from the published DDL under the
development set's policy (``../LABELLING.md``, with the hold-out judgement calls added there and
in ``SOURCES.md`` here) and committed before the detector was first run on that schema; nothing
here calls the detector. Which hold-outs rules were later drawn from is in ``RESULTS.md``.
Run it after changing a list:

    .venv/bin/python tests/data/schemas/holdout/make_labels.py
"""

from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent

_HISTORY_TEXT = (
    "coffee tobacco alcohol sleep_patterns exercise_patterns seatbelt_use counseling "
    "hazardous_activities recreational_drugs last_exam_results history_mother history_father "
    "history_siblings history_offspring history_spouse relatives_cancer relatives_tuberculosis "
    "relatives_diabetes relatives_high_blood_pressure relatives_heart_problems relatives_stroke "
    "relatives_epilepsy relatives_mental_illness relatives_suicide additional_history exams "
    "userarea11 userarea12"
)
_HISTORY_DATES = (
    "last_breast_exam last_mammogram last_gynocological_exam last_rectal_exam "
    "last_prostate_exam last_physical_exam last_sigmoidoscopy_colonoscopy last_ecg "
    "last_cardiac_echo last_retinal last_fluvax last_pneuvax last_ldl last_hemoglobin last_psa "
    "cataract_surgery tonsillectomy cholecystestomy heart_surgery hysterectomy hernia_repair "
    "hip_replacement knee_replacement appendectomy date userdate11 userdate12 userdate13 "
    "userdate14 userdate15"
)


def _same(names: str, hipaa: str) -> dict[str, str]:
    return dict.fromkeys(names.split(), hipaa)


# Record-keeping columns OpenMRS puts on every row; on a patient's rows they date the patient.
_KEEPING = _same("date_created date_changed date_voided", "date")


# ORCA keeps its record-keeping date and time as text on every row; on a patient's rows they
# date the patient.
_ORCA_KEEPING = _same("creymd upymd uphms", "date")

# GNUmed's tables inherit audit_fields (pk_audit, row_version, modified_when, modified_by); its
# clinical items inherit clin_root_item as well (clin_when, fk_encounter, fk_episode, narrative,
# soap_cat). On a patient's rows the record-keeping time and the item's time date the patient,
# and the inherited narrative is the clinician's text.
_GNUMED_KEEPING = {"modified_when": "date"}
_GNUMED_ITEM = {**_GNUMED_KEEPING, "clin_when": "date", "narrative": "free_text"}

# OpenEyes keeps created_date and last_modified_date on every row; on a patient's rows they
# date the patient.
_OE_KEEPING = _same("created_date last_modified_date", "date")

# DHIS2 keeps the server's and the client's record-keeping times on a tracked entity instance,
# an enrolment and an event; on these rows of a patient's they date the patient.
_DHIS_KEEPING = _same("created lastupdated createdatclient lastupdatedatclient", "date")

# Tamanu keeps created_at, updated_at and deleted_at on every row; on a patient's rows they date
# the patient.
_TM_KEEPING = _same("created_at updated_at deleted_at", "date")
# SORMAS keeps a record-keeping changedate/creationdate on every row, and gives the tables it
# versions a sys_period (the validity range of the row's version); on a patient's rows they
# date the patient. Its history tables (<table>_history, CREATE TABLE ... LIKE) copy the
# columns of their main table and are labelled as it is.
_SORMAS_KEEPING = _same("changedate creationdate sys_period", "date")
_SORMAS = {
    "cases": {
        **_SORMAS_KEEPING,
        **_same(
            "confirmeddate investigateddate negativedate nocasedate postivedate "
            "recovereddate reportdate suspectdate",
            "date",
        ),
        "description": "free_text",
        "epidnumber": "other_id",
    },
    "location": {**_SORMAS_KEEPING, **_same("address city details latitude longitude", "address")},
    "person": {
        **_SORMAS_KEEPING,
        **_same("burialdate deathdate birthdate_dd birthdate_mm", "date"),
        **_same("firstname lastname nickname mothersmaidenname phoneowner", "name"),
        "phone": "phone",
        "occupationdetails": "free_text",
        **_same("deathplacedescription burialplacedescription", "address"),
    },
    "symptoms": {
        **_SORMAS_KEEPING,
        **_same("onsetdate illlocationfrom illlocationto", "date"),
        **_same(
            "otherhemorrhagicsymptomstext othernonhemorrhagicsymptomstext symptomscomments",
            "free_text",
        ),
    },
    "task": {
        **_SORMAS_KEEPING,
        **_same("duedate perceivedstart statuschangedate suggestedstart", "date"),
        **_same("assigneereply creatorcomment", "free_text"),
    },
    "contact": {
        **_SORMAS_KEEPING,
        **_same("lastcontactdate reportdatetime followupuntil", "date"),
        "description": "free_text",
    },
    "visit": {**_SORMAS_KEEPING, "visitdatetime": "date", "visitremarks": "free_text"},
    "events": {
        **_SORMAS_KEEPING,
        **_same("eventdate reportdatetime", "date"),
        "eventdesc": "free_text",
        **_same("srcfirstname srclastname", "name"),
        "srctelno": "phone",
        "srcemail": "email",
    },
    "eventparticipant": {
        **_same("changedate creationdate", "date"),
        "involvementdescription": "free_text",
    },
    "samples": {
        **_SORMAS_KEEPING,
        **_same("sampledatetime reportdatetime shipmentdate receiveddate", "date"),
        **_same("samplecode labsampleid", "other_id"),
        **_same("shipmentdetails comment", "free_text"),
    },
    "sampletest": {**_SORMAS_KEEPING, "testdatetime": "date", "testresulttext": "free_text"},
    "hospitalization": _same(
        "changedate creationdate admissiondate isolationdate dischargedate "
        "changedateofembeddedlists",
        "date",
    ),
    "previoushospitalization": {
        **_SORMAS_KEEPING,
        **_same("admissiondate dischargedate", "date"),
        "description": "free_text",
    },
    "epidata": {
        **_SORMAS_KEEPING,
        **_same("poultrydate wildbirdsdate changedateofembeddedlists", "date"),
        **_same(
            "poultrydetails poultrysickdetails wildbirdsdetails otheranimalsdetails "
            "waterbodydetails",
            "free_text",
        ),
        **_same("poultrylocation wildbirdslocation", "address"),
    },
    "epidataburial": {
        **_SORMAS_KEEPING,
        **_same("burialdatefrom burialdateto", "date"),
        "burialpersonname": "name",
    },
    "epidatagathering": {**_SORMAS_KEEPING, "gatheringdate": "date", "description": "free_text"},
    "epidatatravel": {
        **_SORMAS_KEEPING,
        **_same("traveldatefrom traveldateto", "date"),
        "traveldestination": "address",
    },
}
_SORMAS_HISTORY = (
    "cases contact epidata epidataburial epidatagathering epidatatravel events location person "
    "previoushospitalization samples sampletest symptoms task visit"
)

# Hospital OS keeps its record-keeping times as text: record_date_time, modify_date_time and
# cancel_date_time on most rows, <item>_record_time, _modify_time and _cancle_time on the
# school-health and counselling rows. On a patient's rows they date the patient.
_HOS_KEEPING = _same("record_date_time modify_date_time cancel_date_time", "date")


_HOS_CHECKS = (
    "body", "ears", "eyes", "fe_blood", "goiter", "lice", "nutrition", "other",
    "student_dental", "student_health", "thalassemia", "worm",
)  # fmt: skip


def _hos_item(item: str) -> dict[str, str]:
    """The record-keeping times of a Hospital OS PCU item row (spelt cancle as published)."""
    return _same(f"{item}_record_time {item}_modify_time {item}_cancle_time", "date")


def _hos_check(item: str) -> dict[str, str]:
    """A school health check of a student: its times, note and remark."""
    return {
        **_hos_item(f"check_{item}"),
        **_same(f"check_{item}_note check_{item}_remark", "free_text"),
    }


# schema -> table -> {column: HIPAA class}; every column not listed is labelled "not".
# openIMIS keeps every version of a row, dated by ValidityFrom and ValidityTo (the row a newer
# version replaced gets a ValidityTo and the LegacyID of the current row); on an insuree's rows
# they date the insuree.
_IMIS_KEEPING = _same("ValidityFrom ValidityTo", "date")
_IMIS_REVIEW = _same("ValidityFromReview ValidityToReview", "date")

# Frappe (Marley Health) gives every table creation and modified times; on a patient's
# documents and on the child-table rows those documents hold they date the patient.
_FRAPPE_KEEPING = _same("creation modified", "date")
# GNU Health (Tryton): the record-keeping times Tryton keeps on every row, labelled on the rows
# of a patient's (and of the person, household and family tables patients share).
_GH_KEEPING = _same("create_date write_date", "date")

# Indivo X's Object base gives most tables created_at and modified_at.
_IX_KEEPING = _same("created_at modified_at", "date")


# openMAXIMS keeps sys_creation_datetime and sys_lastupdate_datetime on (almost) every row; on a
# patient's rows they date the patient.
_OM_KEEPING = _same("sys_creation_datetime sys_lastupdate_datetime", "date")


def _om_prefixed(prefix: str, names: str, hipaa: str) -> dict[str, str]:
    return _same(" ".join(prefix + name for name in names.split()), hipaa)


def _om_name(prefix: str) -> dict[str, str]:
    """A PersonName component (core_patient's name*, core_patient_othernames): its parts, the
    PDS object identifier of the entry and its effective dates."""
    return {
        **_om_prefixed(
            prefix, "surname uppersurna forename upperforen middlename namesuffix", "name"
        ),
        prefix + "objectiden": "other_id",
        **_om_prefixed(prefix, "beffdate betdate", "date"),
    }


def _om_address(prefix: str) -> dict[str, str]:
    """A PersonAddress component (core_patient's address* and correspond*, core_patient_addresses):
    its lines, postcode, PCT, PAF key and description, phones, fax, PDS object identifier and
    dates."""
    return {
        **_om_prefixed(
            prefix, "line1 line2 line3 line4 line5 postcode pct pafkey descriptio", "address"
        ),
        **_om_prefixed(prefix, "phone otherphone", "phone"),
        prefix + "fax": "fax",
        prefix + "objectiden": "other_id",
        **_om_prefixed(prefix, "updatedate notificati beffdate betdate", "date"),
    }


# Medplum keeps each FHIR resource as JSON in `content` beside its search columns; on the tables
# of a patient's resources the content (and its _History copy) is PHI (other-id, as HAPI FHIR's
# res_text), `lastUpdated` dates the patient, the resource's business identifiers (`__identifier`
# holds their hashes, `__identifierSort` the first value) are other-id, and the identifier of the
# compartment (the patient) kept on a reference is the patient's record number.
_MP_KEEPING = {"content": "other_id", "lastUpdated": "date"}
_MP_RECORD = {
    **_MP_KEEPING,
    **_same("__identifier __identifierSort", "other_id"),
    "___compartmentIdentifierSort": "mrn",
}
# A person's e-mail, phone and telecom token columns (hash, text and sort copies) and the
# column of the `phonetic` parameter (the person's names).
_MP_CONTACT = {
    **_same("__email __emailText __emailSort", "email"),
    **_same("__phone __phoneText __phoneSort __telecom __telecomText __telecomSort", "phone"),
    "phonetic": "name",
}
_MP_PATIENT_RESOURCES = (
    "Appointment AppointmentResponse Claim ClaimResponse Communication Condition Coverage "
    "DiagnosticReport DocumentReference Encounter MedicationRequest Observation Patient Person "
    "RelatedPerson User ProjectMembership"
)
# Elexis keeps LASTUPDATE (epoch milliseconds) on (almost) every row; on the rows of a patient's
# (KONTAKT, shared by patients, doctors, organisations, labs and insurers, and every row hanging on
# a patient, a case, a consultation, an invoice or a patient's document) it dates the patient.
_EL_KEEPING = {"LASTUPDATE": "date"}
# CDISC SDTM: USUBJID (STUDYID-SITEID-SUBJID) is the trial's subject number, kept on every
# subject-level dataset, an identifier as OpenClinica's subject label (mrn).
_SDTM_SUBJECT = {"USUBJID": "mrn"}


def _visits(names: str, hipaa: str) -> dict[str, str]:
    """ISARIC_New's daily-form fields, kept twice: the first day's (`.day1`) and discharge's."""
    return _same(" ".join(f"{n}.day1 {n}.disch" for n in names.split()), hipaa)


# The TPP database's event dates, shared by its primary-care and hospital tables.
_TPP_EVENT = _same("ConsultationDate StartDate EndDate", "date")
_WL_PSEUDO = _same("PSEUDO_PATIENT_PATHWAY_IDENTIFIER Pseudo_Referral_Identifier", "other_id")
_WL_DATES = (
    "Cancellation_Date Date_Last_Attended Date_Of_Last_Priority_Review DECISION_TO_ADMIT_DATE "
    "Due_Date Last_Dna_Date Outpatient_Appointment_Date Outpatient_Future_Appointment_Date "
    "REFERRAL_TO_TREATMENT_PERIOD_END_DATE REFERRAL_TO_TREATMENT_PERIOD_START_DATE Tci_Date"
)
_EC_MH_SLOTS = "01 010 011 012 013 014 015 016 017 018 019 02 03 04 05 06 07 08 09 20 21 22 23 24"


# e-SUS keeps a revision copy (tl_*) of many tables, column for column: these, labelled as
# the tables they copy.
_ESUS_REVISED = """
    tb_ad_cidadao tb_ad_cidadao_historico tb_agendado tb_alergia tb_alergia_evolucao
    tb_antecedente tb_atend tb_atend_prof tb_atend_prof_ad tb_atestado
    tb_cds_atend_domiciliar tb_cds_atend_individual tb_cds_atend_odonto
    tb_cds_ativ_col_participante tb_cds_aval_elegibilidade tb_cds_cad_domiciliar
    tb_cds_cad_individual tb_cds_domicilio tb_cds_domicilio_familia
    tb_cds_ficha_atend_domiciliar tb_cds_ficha_atend_individual tb_cds_ficha_atend_odonto
    tb_cds_ficha_consumo_alimentar tb_cds_ficha_proced tb_cds_ficha_vacinacao
    tb_cds_ficha_visita_domiciliar tb_cds_ficha_zika_microcefalia tb_cds_proced
    tb_cds_vacinacao tb_cds_visita_domiciliar tb_cidadao_grupo tb_cidadao_grupo_ativ_col
    tb_cidadao_nucleo_familiar tb_cidadao_vinculacao_equipe tb_encaminhamento
    tb_evolucao_avaliacao tb_evolucao_objetivo tb_evolucao_odonto tb_evolucao_plano
    tb_evolucao_subjetivo tb_exame_detalhe_resultado tb_exame_prenatal tb_exame_requisitado
    tb_familia tb_justificativa_agenda tb_justificativa_prontuario
    tb_justificativa_status_ciddao tb_lembrete tb_lembrete_evolucao tb_medicao tb_orientacao
    tb_pessoa_fisica_imagem tb_pre_natal tb_problema tb_problema_evolucao
    tb_proced_solicitado tb_prontuario_grupo_historico tb_prontuario_unidade_saude
    tb_qst_questionario_respondido tb_receita_medicamento tb_registro_vacinacao
    tb_requisicao_exame
"""

# iSanté keeps every date of its paper forms split into char(2) parts: the day (`*Dd`) and the
# month (`*Mm`) are elements of a date finer than the year (`date`), the two-digit year (`*Yy`)
# alone is not (as OSCAR's split birth date). Every form table keys its row by the visit's date
# so kept.
_IS_VISIT = _same("visitDateDd visitDateMm", "date")
# The vitals and first-visit form, kept twice (`vitals`, and `validVitals` without the paediatric
# fields): the visit's and the history's dates, and the clinician's text.
_IS_VITALS = {
    **_IS_VISIT,
    **_same(
        "pregnantLmpDd pregnantLmpMm firstTestMm firstTestDd repeatTestMm repeatTestDd "
        "firstCareOtherMm firstCareOtherDd lowestCd4CntMm lowestCd4CntDd firstViralLoadMm "
        "firstViralLoadDd vaccPneumovaxMm vaccHepAMm vaccHepBMm vaccTetanusMm vaccInfluenzaMm "
        "pregnantPrenatalFirstDd pregnantPrenatalFirstMm pregnantPrenatalLastDd "
        "pregnantPrenatalLastMm papTestDd papTestMm",
        "date",
    ),
    **_same(
        "clinicalExam followupNotes conditionComments treatmentComments drugComments "
        "assessmentPlan otherStdText otherInfecText otherMentalHealthText hospitalizedText",
        "free_text",
    ),
}


PHI: dict[str, dict[str, dict[str, str]]] = {
    "openemr": {
        "batchcom": {"msg_text": "free_text", "msg_date_sent": "date"},
        "billing": _same("date bill_date process_date", "date"),
        "claims": _same("bill_time process_time", "date"),
        "documents": _same("date revision docdate", "date"),
        "drug_sales": {"sale_date": "date", "notes": "free_text"},
        "employer_data": {
            "name": "name", "street": "address", "postal_code": "address", "city": "address",
            "date": "date",
        },
        "form_dictation": {
            "date": "date", "dictation": "free_text", "additional_notes": "free_text",
        },
        "form_encounter": {
            "date": "date", "onset_date": "date", "last_stmt_date": "date",
            "reason": "free_text", "billing_note": "free_text", "invoice_refno": "account",
        },
        "form_misc_billing_options": {
            **_same("date off_work_from off_work_to hospitalization_date_from "
                    "hospitalization_date_to", "date"),
            "medicaid_original_reference": "other_id", "prior_auth_number": "other_id",
            "comments": "free_text",
        },
        "form_soap": {"date": "date", **_same("subjective objective assessment plan",
                                              "free_text")},
        "form_vitals": {"date": "date", "note": "free_text"},
        "forms": {"date": "date"},
        "history_data": {**_same(_HISTORY_TEXT, "free_text"), **_same(_HISTORY_DATES, "date")},
        "immunizations": {
            **_same("administered_date education_date create_date update_date", "date"),
            "note": "free_text",
        },
        "insurance_data": {
            "policy_number": "health_plan",
            **_same("subscriber_lname subscriber_mname subscriber_fname subscriber_employer",
                    "name"),
            "subscriber_ss": "ssn", "subscriber_DOB": "date", "subscriber_phone": "phone",
            **_same("subscriber_street subscriber_postal_code subscriber_city "
                    "subscriber_employer_street subscriber_employer_postal_code "
                    "subscriber_employer_city", "address"),
            "date": "date",
        },
        "lists": {**_same("date begdate enddate returndate", "date"), "comments": "free_text"},
        "log": _same("comments user_notes", "free_text"),
        "openemr_postcalendar_events": {
            **_same("pc_time pc_eventDate pc_endDate pc_startTime pc_endTime", "date"),
            "pc_hometext": "free_text", "pc_conttel": "phone", "pc_contname": "name",
            "pc_contemail": "email",
        },
        "patient_data": {
            **_same("fname lname mname contact_relationship hipaa_message mothersname "
                    "guardiansname", "name"),
            **_same("DOB date financial_review regdate contrastart ad_reviewed", "date"),
            **_same("street postal_code city", "address"),
            "drivers_license": "licence", "ss": "ssn",
            **_same("phone_home phone_biz phone_contact phone_cell", "phone"),
            "email": "email", "pubpid": "mrn",
        },
        "payments": {"dtime": "date"},
        "pnotes": {"date": "date", "body": "free_text"},
        "prescriptions": {
            **_same("date_added date_modified start_date filled_date", "date"),
            "note": "free_text",
        },
        "transactions": {
            **_same("date refer_date reply_date", "date"),
            **_same("body refer_diag reply_init_diag reply_final_diag reply_findings "
                    "reply_services reply_recommend reply_rx_refer", "free_text"),
        },
        "notification_log": {
            "message": "free_text", "patient_info": "name",
            **_same("pc_eventDate pc_endDate pc_startTime pc_endTime dSentDateTime", "date"),
        },
        "chart_tracker": {"ct_when": "date"},
        "ar_activity": {"post_time": "date"},
        "procedure_order": {
            "date_collected": "date", "date_ordered": "date",
            "patient_instructions": "free_text", "control_id": "other_id",
        },
        "procedure_report": {
            "date_collected": "date", "date_report": "date", "specimen_num": "other_id",
        },
        "procedure_result": {"date": "date", "comments": "free_text"},
    },
    "openmrs": {
        "complex_obs": {"complex_value": "free_text"},
        "concept_proposal": {"original_text": "free_text"},
        "encounter": {"encounter_datetime": "date", "date_created": "date",
                      "date_voided": "date"},
        "formentry_archive": {"form_data": "other_id"},
        "formentry_error": {"form_data": "other_id"},
        "formentry_queue": {"form_data": "other_id"},
        "hl7_in_archive": {"hl7_data": "other_id"},
        "hl7_in_error": {"hl7_data": "other_id"},
        "hl7_in_queue": {"hl7_data": "other_id"},
        "note": {"text": "free_text", "date_created": "date", "date_changed": "date"},
        "obs": {
            **_same("obs_datetime value_datetime date_started date_stopped date_created "
                    "date_voided", "date"),
            "accession_number": "other_id", "value_text": "free_text", "comments": "free_text",
        },
        "orders": {
            **_same("start_date auto_expire_date discontinued_date date_created date_voided",
                    "date"),
            "instructions": "free_text",
        },
        "patient": _KEEPING,
        "patient_identifier": {"identifier": "mrn", "date_created": "date",
                               "date_voided": "date"},
        "patient_program": {"date_enrolled": "date", "date_completed": "date",
                            **_KEEPING},
        "patient_state": {"start_date": "date", "end_date": "date",
                          **_KEEPING},
        "person": {"birthdate": "date", "death_date": "date", **_KEEPING},
        "person_address": {
            **_same("address1 address2 city_village postal_code latitude longitude "
                    "county_district neighborhood_cell region subregion township_division",
                    "address"),
            "date_created": "date", "date_voided": "date",
        },
        "person_attribute": {"value": "other_id", **_KEEPING},
        "person_name": {
            **_same("given_name middle_name family_name_prefix family_name family_name2 "
                    "family_name_suffix", "name"),
            **_KEEPING,
        },
        "relationship": {"date_created": "date", "date_voided": "date"},
    },
    "openhospital": {
        "ADMISSION": {
            "ADM_YPROG": "other_id",
            **_same("ADM_DATE_ADM ADM_DATE_OP ADM_DATE_DIS ADM_PRG_DATE_VIS ADM_PRG_DATE_DEL "
                    "ADM_PRG_DATE_CTRL1 ADM_PRG_DATE_CTRL2 ADM_PRG_DATE_ABORT", "date"),
            "ADM_NOTE": "free_text",
        },
        "LABORATORY": {
            "LAB_DATE": "date", "LAB_EXAM_DATE": "date", "LAB_NOTE": "free_text",
            "LAB_PAT_NAME": "name",
        },
        "MALNUTRITIONCONTROL": {"MLN_DATE_SUPP": "date", "MNL_DATE_CONF": "date"},
        "OPD": {"OPD_DATE": "date", "OPD_DATE_VIS": "date", "OPD_PROG_YEAR": "other_id"},
        "PATIENT": {
            **_same("PAT_FNAME PAT_SNAME PAT_NAME PAT_NEXT_KIN", "name"),
            "PAT_ADDR": "address", "PAT_CITY": "address", "PAT_TELE": "phone",
            "PAT_NOTE": "free_text",
        },
        "PATIENTVACCINE": {"PAV_YPROG": "other_id", "PAV_DATE": "date"},
    },
    "i2b2": {
        "ENCOUNTER_MAPPING": {
            "ENCOUNTER_IDE": "other_id", "PATIENT_IDE": "mrn", "UPDATE_DATE": "date",
        },
        "PATIENT_MAPPING": {"PATIENT_IDE": "mrn", "UPDATE_DATE": "date"},
        "OBSERVATION_FACT": {
            **_same("START_DATE END_DATE UPDATE_DATE", "date"), "OBSERVATION_BLOB": "free_text",
        },
        "PATIENT_DIMENSION": {
            **_same("BIRTH_DATE DEATH_DATE UPDATE_DATE", "date"),
            "ZIP_CD": "address", "STATECITYZIP_PATH": "address", "PATIENT_BLOB": "other_id",
        },
        "VISIT_DIMENSION": {
            **_same("START_DATE END_DATE UPDATE_DATE", "date"), "VISIT_BLOB": "other_id",
        },
    },
    "care2x": {
        "care_appointment": {
            "pid": "mrn", "encounter_nr": "other_id", "purpose": "free_text",
            **_same("date time cancel_date modify_time create_time", "date"),
        },
        "care_billing_archive": {
            "bill_no": "account", "encounter_nr": "other_id", "patient_name": "name",
            "vorname": "name", "bill_date_time": "date", "payment_date_time": "date",
            "creditcard_no": "account",
        },
        "care_encounter": {
            "encounter_nr": "other_id", "pid": "mrn",
            **_same("encounter_date discharge_date discharge_time followup_date modify_time "
                    "create_time", "date"),
            **_same("referrer_diagnosis referrer_recom_therapy referrer_notes "
                    "post_encounter_notes", "free_text"),
            "insurance_nr": "health_plan", "insurance_2_nr": "health_plan",
        },
        "care_encounter_diagnosis": {
            "encounter_nr": "other_id", **_same("date modify_time create_time", "date"),
        },
        "care_encounter_financial_class": {
            "encounter_nr": "other_id",
            **_same("date_start date_end date_create modify_time create_time", "date"),
        },
        "care_encounter_image": {
            "encounter_nr": "other_id", "notes": "free_text",
            **_same("shot_date upload_date modify_time create_time", "date"),
        },
        "care_encounter_immunization": {
            "encounter_nr": "other_id", "notes": "free_text",
            **_same("date refresh_date modify_time create_time", "date"),
        },
        "care_encounter_location": {
            "encounter_nr": "other_id",
            **_same("date_from date_to time_from time_to modify_time create_time", "date"),
        },
        "care_encounter_measurement": {
            "encounter_nr": "other_id", "notes": "free_text",
            **_same("msr_date msr_time modify_time create_time", "date"),
        },
        "care_encounter_notes": {
            "encounter_nr": "other_id", "notes": "free_text", "aux_notes": "free_text",
            **_same("date time date_ack date_checked date_printed modify_time create_time",
                    "date"),
        },
        "care_encounter_prescription": {
            "encounter_nr": "other_id", "notes": "free_text",
            **_same("prescribe_date modify_time create_time", "date"),
        },
        "care_encounter_procedure": {
            "encounter_nr": "other_id", **_same("date modify_time create_time", "date"),
        },
        "care_encounter_sickconfirm": {
            "encounter_nr": "other_id", "diagnosis": "free_text",
            **_same("date_confirm date_start date_end date_create modify_time create_time",
                    "date"),
        },
        "care_img_diagnostic": {
            "pid": "mrn", "encounter_nr": "other_id", "doc_ref_ids": "other_id",
            "notes": "free_text",
            **_same("upload_date cancel_date modify_time create_time", "date"),
        },
        "care_neonatal": {
            "pid": "mrn", "parent_encounter_nr": "other_id", "encounter_nr": "other_id",
            "c_s_reason": "free_text",
            **_same("delivery_date modify_time create_time", "date"),
        },
        "care_person": {
            "pid": "mrn",
            **_same("date_reg date_birth death_date date_update modify_time create_time",
                    "date"),
            **_same("name_first name_2 name_3 name_middle name_last name_maiden name_others "
                    "contact_person relative_name_first relative_name_last", "name"),
            **_same("addr_str addr_str_nr addr_zip", "address"),
            **_same("phone_1_code phone_1_nr phone_2_code phone_2_nr cellphone_1_nr "
                    "cellphone_2_nr relative_phone", "phone"),
            "fax": "fax", "email": "email", "photo": "photo", "sss_nr": "ssn",
            "nat_id_nr": "other_id", "death_encounter_nr": "other_id",
            "death_cause": "free_text",
        },
        "care_person_insurance": {
            "pid": "mrn", "insurance_nr": "health_plan",
            **_same("modify_time create_time", "date"),
        },
        "care_person_other_number": {
            "pid": "mrn", "other_nr": "other_id", **_same("modify_time create_time", "date"),
        },
    },
    "openclinica": {
        "audit_event_values": {"old_value": "other_id", "new_value": "other_id"},
        "audit_log_event": {"old_value": "other_id", "new_value": "other_id"},
        "discrepancy_note": {
            "description": "free_text", "detailed_notes": "free_text", "date_created": "date",
        },
        "event_crf": {
            **_same("date_interviewed date_completed date_validate date_validate_completed "
                    "date_created date_updated", "date"),
            "annotations": "free_text", "validator_annotations": "free_text",
        },
        "extract_data_table": {
            "subject_identifier": "mrn",
            **_same("date_created date_of_birth date_start date_end", "date"),
        },
        "item_data": _same("date_created date_updated", "date"),
        "study_event": _same("date_start date_end date_created date_updated", "date"),
        "study_subject": {
            "label": "mrn", "secondary_label": "other_id",
            **_same("enrollment_date date_created date_updated", "date"),
        },
        "subject": {
            "unique_identifier": "mrn",
            **_same("date_of_birth date_created date_updated", "date"),
        },
        "subject_group_map": {
            "notes": "free_text", **_same("date_created date_updated", "date"),
        },
    },
    "hapifhir": {
        "hfj_resource": {
            "res_text": "other_id", **_same("res_published res_updated res_deleted_at", "date"),
        },
        "hfj_res_ver": {
            "res_text": "other_id", **_same("res_published res_updated res_deleted_at", "date"),
        },
        "hfj_spidx_string": _same("sp_value_exact sp_value_normalized", "name"),
        "hfj_spidx_token": {"sp_value": "other_id"},
        "hfj_spidx_date": _same("sp_value_high sp_value_low", "date"),
        "hfj_spidx_coords": _same("sp_latitude sp_longitude", "address"),
    },
    "simgos": {
        "pasien": {
            "NORM": "mrn", **_same("NAMA PANGGILAN", "name"),
            **_same("TEMPAT_LAHIR ALAMAT RT RW KODEPOS WILAYAH", "address"),
            **_same("TANGGAL_LAHIR TANGGAL", "date"),
        },
        "pasien_log": {
            "NORM": "mrn", **_same("NAMA PANGGILAN", "name"),
            **_same("TEMPAT_LAHIR ALAMAT RT RW KODEPOS WILAYAH", "address"),
            **_same("LOG_TANGGAL TANGGAL_LAHIR TANGGAL", "date"),
        },
        "keluarga_pasien": {"NORM": "mrn", "NAMA": "name", "ALAMAT": "address"},
        "kontak_pasien": {"NORM": "mrn", "NOMOR": "phone"},
        "kontak_keluarga_pasien": {"NORM": "mrn", "NOMOR": "phone"},
        "kartu_asuransi_pasien": {"NORM": "mrn", "NOMOR": "health_plan"},
        "kartu_identitas_pasien": {
            "NORM": "mrn", "NOMOR": "ssn", **_same("ALAMAT RT RW KODEPOS WILAYAH", "address"),
        },
        "kunjungan": {
            **_same("NOMOR NOPEN REF", "other_id"),
            **_same("MASUK KELUAR FINAL_HASIL_TANGGAL", "date"),
        },
        "pendaftaran": {
            **_same("NOMOR RUJUKAN", "other_id"), "NORM": "mrn", "TANGGAL": "date",
        },
        "penanggung_jawab_pasien": {"NOPEN": "other_id", "NAMA": "name", "ALAMAT": "address"},
        "penjamin": {
            "NOPEN": "other_id", "NOMOR": "health_plan", "NO_SURAT": "other_id",
            "CATATAN": "free_text",
        },
        "reservasi": {
            **_same("TANGGAL BERAKHIR", "date"), "ATAS_NAMA": "name", "KONTAK_INFO": "phone",
        },
        "rujukan_keluar": {
            **_same("NOMOR NOPEN KUNJUNGAN", "other_id"), "TANGGAL": "date",
            "KETERANGAN": "free_text",
        },
        "konsul": {
            **_same("NOMOR KUNJUNGAN", "other_id"), "TANGGAL": "date",
            **_same("ALASAN PERMINTAAN_TINDAKAN", "free_text"),
        },
        "hasil_lab": {"TANGGAL": "date", "KETERANGAN": "free_text"},
        "order_lab": {
            **_same("NOMOR KUNJUNGAN", "other_id"), "TANGGAL": "date", "ALASAN": "free_text",
        },
        "catatan_hasil_lab": {"KUNJUNGAN": "other_id", "TANGGAL": "date", "CATATAN": "free_text"},
        "hasil_rad": {"TANGGAL": "date", **_same("KLINIS KESAN USUL HASIL BTK", "free_text")},
        "order_resep": {
            **_same("NOMOR KUNJUNGAN", "other_id"), "TANGGAL": "date",
            **_same("DIAGNOSA ALERGI_OBAT", "free_text"),
        },
        "farmasi": {
            "KUNJUNGAN": "other_id", "TANGGAL": "date",
            **_same("ATURAN_PAKAI KETERANGAN PETUNJUK_RACIKAN", "free_text"),
        },
        "tindakan_medis": {"KUNJUNGAN": "other_id", "TANGGAL": "date"},
        "pasien_meninggal": {"KUNJUNGAN": "other_id", "TANGGAL": "date", "DIAGNOSA": "free_text"},
        "pasien_pulang": {
            **_same("KUNJUNGAN NOPEN", "other_id"), "TANGGAL": "date", "DIAGNOSA": "free_text",
        },
        "kelahiran": {**_same("NOPEN KUNJUNGAN", "other_id"), "NAMA": "name", "TANGGAL": "date"},
        "anamnesis": {
            **_same("KUNJUNGAN PENDAFTARAN", "other_id"), "TANGGAL": "date",
            **_same("DESKRIPSI RPP KELUHAN_UTAMA RPS RPT RPK RL RIWAYAT_ALERGI REAKSI_ALERGI",
                    "free_text"),
        },
        "diagnosa": {"NOPEN": "other_id", "DIAGNOSA": "free_text", "TANGGAL": "date"},
        "tagihan": {"ID": "account", "REF": "mrn", "TANGGAL": "date"},
        "pembayaran_tagihan": {"TAGIHAN": "account", "TANGGAL": "date"},
        "tanda_vital": {
            "KUNJUNGAN": "other_id", **_same("KEADAAN_UMUM KESADARAN", "free_text"),
            **_same("WAKTU_PEMERIKSAAN TANGGAL", "date"),
        },
        "jadwal_kontrol": {
            **_same("KUNJUNGAN NOMOR", "other_id"), **_same("TANGGAL JAM DIBUAT_TANGGAL", "date"),
            "DESKRIPSI": "free_text",
        },
        "peserta": {
            **_same("noKartu noAsuransi", "health_plan"), "nik": "ssn", "norm": "mrn",
            "nama": "name", "noTelepon": "phone", "noSKTM": "other_id",
            **_same("tglLahir tglCetakKartu tglTAT tglTMT cobTglTAT cobTglTMT tanggal", "date"),
        },
    },
    "khanza": {
        "alergi_pasien": {"no_rawat": "other_id", "tgl_perawatan": "date", "note": "free_text"},
        "antriapotek2": _same("no_resep no_rawat", "other_id"),
        "antriaps": _same("no_pernyataan no_rawat", "other_id"),
        "antripenolakananjuranmedis": _same("no_surat no_rawat", "other_id"),
        "booking_operasi": {
            "no_rawat": "other_id", **_same("tanggal jam_mulai jam_selesai", "date"),
        },
        "booking_operasi_keterangan": {
            "no_rawat": "other_id", **_same("tanggal jam_mulai jam_selesai", "date"),
            "keterangan": "free_text",
        },
        "booking_pasienbaru": {
            **_same("nm_pasien namakeluarga nm_ibu", "name"), "no_ktp": "ssn",
            **_same("tmp_lahir alamat", "address"), **_same("tgl_lahir tgl_daftar", "date"),
            "no_tlp": "phone", "no_peserta": "health_plan", "catatan": "free_text",
            "signature": "other_id",
        },
        "booking_periksa": {
            "no_rkm_medis": "mrn", "nomor_kartu": "health_plan", "nama": "name",
            **_same("tanggal tanggal_booking", "date"), "alamat": "address", "no_telp": "phone",
            "email": "email", "catatan": "free_text",
        },
        "booking_periksa_simandaiold": {
            **_same("tanggal tanggal_booking", "date"), "nama": "name", "alamat": "address",
            "no_telp": "phone", "email": "email", "tambahan_pesan": "free_text",
        },
        "booking_periksa_balasan": {"balasan": "free_text"},
        "booking_periksa_diterima": {"no_rkm_medis": "mrn"},
        "booking_registrasi": {
            **_same("tanggal_booking jam_booking tanggal_periksa waktu_kunjungan", "date"),
            "no_rkm_medis": "mrn",
        },
        "bpjs_api_logs": _same("request response", "other_id"),
        "bridging_dukcapil": {"no_rkm_medis": "mrn", "no_id": "other_id"},
        "bridging_inhealth": {
            **_same("no_sjp no_rawat no_rujukan", "other_id"),
            **_same("tglsep tglrujukan tanggal_lahir tglpulang", "date"),
            "catatan": "free_text", **_same("nmbu nama_pasien", "name"),
            "lokasilaka": "address", "nomr": "mrn", "no_kartu": "health_plan",
        },
        "bridging_resep_apotek_bpjs": {
            **_same("no_sep no_sep_apotek", "other_id"),
            **_same("tgl_sep tgl_resep tgl_pelayanan", "date"), "nota_piutang": "account",
            "no_kartu": "health_plan", "nama_pasien": "name",
        },
        "bridging_resep_apotek_bpjs_nonracikan": {
            "no_sep_apotek": "other_id", "catatan": "free_text",
        },
        "bridging_resep_apotek_bpjs_racikan": {"no_sep_apotek": "other_id", "catatan": "free_text"},
        "bridging_rujukan_bpjs": {
            **_same("no_sep no_rujukan", "other_id"),
            **_same("tglRujukan tglRencanaKunjungan", "date"), "catatan": "free_text",
        },
        "bridging_rujukan_bpjs_khusus": {
            "no_rujukan": "other_id", "nokapst": "health_plan", "nmpst": "name",
            **_same("tglrujukan_awal tglrujukan_berakhir", "date"),
        },
        "bridging_rujukan_bpjs_khusus_diagnosa": {"no_rujukan": "other_id"},
        "bridging_rujukan_bpjs_khusus_prosedur": {"no_rujukan": "other_id"},
        "bridging_sep": {
            **_same("no_sep no_rawat no_rujukan no_sep_suplesi noskdp", "other_id"),
            **_same("tglsep tglrujukan tanggal_lahir tglpulang tglkkl", "date"),
            **_same("catatan keterangankkl", "free_text"),
            **_same("pjnaikkelas nama_pasien", "name"), "nomr": "mrn",
            "no_kartu": "health_plan", "notelep": "phone",
            **_same("kdkab nmkab kdkec nmkec", "address"),
        },
        "bridging_srb_bpjs": {
            **_same("no_sep no_srb", "other_id"), "tgl_srb": "date", "alamat": "address",
            "email": "email", **_same("keterangan saran", "free_text"),
        },
        "bridging_srb_bpjs_obat": _same("no_sep no_srb", "other_id"),
        "bridging_surat_kontrol_bpjs": {
            **_same("no_sep no_surat", "other_id"), **_same("tgl_surat tgl_rencana", "date"),
        },
        "detail_periksa_lab": {"no_rawat": "other_id", **_same("tgl_periksa jam", "date")},
        "detail_periksa_labpa": {
            **_same("no_rawat no_sediaan", "other_id"), **_same("tgl_periksa jam", "date"),
            **_same("diagnosa_klinik makroskopik mikroskopik kesimpulan kesan", "free_text"),
        },
        "detail_periksa_labpa_gambar": {
            "no_rawat": "other_id", **_same("tgl_periksa jam", "date"),
        },
        "detail_permintaan_resep_pulang": {"no_permintaan": "other_id"},
        "pasien": {
            "no_rkm_medis": "mrn", **_same("nm_pasien nm_ibu namakeluarga", "name"),
            "no_ktp": "ssn", **_same("tgl_lahir tgl_daftar", "date"), "no_tlp": "phone",
            **_same("tmp_lahir alamat kd_kel alamatpj kelurahanpj kecamatanpj kabupatenpj",
                    "address"),
            "no_peserta": "health_plan", "email": "email", "nip": "other_id",
        },
        "reg_periksa": {
            "no_rawat": "other_id", **_same("tgl_registrasi jam_reg", "date"),
            "no_rkm_medis": "mrn", "p_jawab": "name", "almt_pj": "address",
        },
    },
    # Round 5 (helper hoicu): ICU and research schemas. Times of day and dates on a patient's rows
    # are dates; offsets from an admission that no stored date anchors are spans, not dates.
    "eicu": {
        "patient": _same(
            "hospitaladmittime24 hospitaldischargetime24 unitadmittime24 unitdischargetime24",
            "date",
        ),
    },
    "amsterdamumcdb": {
        "freetextitems": _same("value comment", "free_text"),
        "numericitems": {"comment": "free_text"},
    },
    "pcornet": {
        "demographic": _same("birth_date birth_time", "date"),
        "enrollment": _same("enr_start_date enr_end_date", "date"),
        "encounter": _same("admit_date admit_time discharge_date discharge_time", "date"),
        "diagnosis": {"admit_date": "date"},
        "procedures": _same("admit_date px_date", "date"),
        "vital": _same("measure_date measure_time", "date"),
        "dispensing": {"dispense_date": "date"},
        "lab_result_cm": _same(
            "lab_order_date specimen_date specimen_time result_date result_time", "date"
        ),
        "condition": _same("report_date resolve_date onset_date", "date"),
        "pro_cm": _same("pro_date pro_time", "date"),
        "prescribing": _same("rx_order_date rx_order_time rx_start_date rx_end_date", "date"),
        "pcornet_trial": {
            **_same("trial_enroll_date trial_end_date trial_withdraw_date", "date"),
            **_same("participantid trial_invite_code", "other_id"),
        },
        "death": {"death_date": "date"},
        "med_admin": _same(
            "medadmin_start_date medadmin_start_time medadmin_stop_date medadmin_stop_time", "date"
        ),
        "obs_clin": _same("obsclin_date obsclin_time", "date"),
        "obs_gen": _same("obsgen_date obsgen_time", "date"),
    },
    # A research study manager's registry of subjects and their relatives (The Ark, study
    # schema of 2011): study subjects are the patients here.
    "ark": {
        "address": {
            **_same("STREET_ADDRESS CITY POST_CODE", "address"), "DATE_RECEIVED": "date",
            "COMMENTS": "free_text",
        },
        "audit_history": {"COMMENT": "free_text"},
        "consent": {
            **_same("CONSENT_DATE REQUESTED_DATE RECEIVED_DATE COMPLETED_DATE", "date"),
            "COMMENTS": "free_text",
        },
        "consent_file": {"PAYLOAD": "other_id", **_same("INSERT_TIME UPDATE_TIME", "date")},
        "correspondence": {"DATE_OF_CORRESPONDENCE": "date", "SUMMARY": "free_text"},
        "correspondence_attachment": {"CONTENTS": "other_id"},
        "correspondence_audit": {
            **_same("CORRESPONDENCE_DATE CORRESPONDENCE_TIME", "date"),
            **_same("REASON DETAILS COMMENTS", "free_text"),
        },
        "correspondence_audit_attachment": {"CONTENTS": "other_id"},
        "correspondences": {
            **_same("DATE TIME", "date"), **_same("REASON DETAILS COMMENTS", "free_text"),
        },
        "document": {"DOCUMENT_CONTENT": "other_id"},
        "email_account": {"NAME": "email"},
        "link_subject_study": {
            "SUBJECT_UID": "mrn", "AMDRIF_ID": "other_id",
            **_same("STUDY_APPROACH_DATE CONSENT_DATE", "date"),
        },
        "person": {
            **_same("FIRST_NAME MIDDLE_NAME LAST_NAME PREFERRED_NAME", "name"),
            **_same("DATE_OF_BIRTH DATE_OF_DEATH REGISTRATION_DATE", "date"),
            "CAUSE_OF_DEATH": "free_text", **_same("PREFERRED_EMAIL OTHER_EMAIL", "email"),
        },
        "person_lastname_history": {"LASTNAME": "name"},
        "phone": _same("AREA_CODE PHONE_NUMBER", "phone"),
        "subject_file": {"PAYLOAD": "other_id"},
    },
    "oscar": {
        "allergies": {"entry_date": "date", "reaction": "free_text"},
        "appointment": {
            **_same("appointment_date start_time end_time createdatetime", "date"),
            "name": "name", **_same("notes reason remarks", "free_text"),
        },
        "billactivity": _same("htmlcontext ohipcontext", "other_id"),
        "billing": {
            "demographic_name": "name", "hin": "health_plan",
            **_same("update_date update_time billing_date billing_time dob visitdate", "date"),
            "content": "other_id",
        },
        "billingdetail": {"appointment_date": "date"},
        "billinginr": {
            "demographic_name": "name", "hin": "health_plan",
            **_same("dob createdatetime", "date"),
        },
        "consultationRequests": {
            **_same("referalDate appointmentDate appointmentTime", "date"),
            **_same("reason clinicalInfo currentMeds allergies statusText concurrentProblems",
                    "free_text"),
        },
        "demographic": {
            **_same("last_name first_name", "name"), **_same("address city postal", "address"),
            **_same("phone phone2", "phone"), "email": "email", "pin": "other_id",
            **_same("month_of_birth date_of_birth date_joined end_date eff_date hc_renew_date",
                    "date"),
            "hin": "health_plan", "chart_no": "mrn",
        },
        "demographicaccessory": {"content": "free_text"},
        "demographiccust": {"content": "free_text"},
        "demographicstudy": {"timestamp": "date"},
        "desannualreviewplan": {
            **_same("des_date des_time", "date"),
            **_same("risk_content checklist_content", "free_text"),
        },
        "desaprisk": {
            **_same("desaprisk_date desaprisk_time", "date"),
            **_same("risk_content checklist_content", "free_text"),
        },
        "diseases": {"entry_date": "date"},
        "document": {"docxml": "free_text", "updatedatetime": "date"},
        "drugs": {**_same("rx_date end_date", "date"), "special": "free_text"},
        "dxresearch": _same("start_date update_date", "date"),
        "eChart": {
            "timeStamp": "date",
            **_same("subject socialHistory familyHistory medicalHistory ongoingConcerns "
                    "reminders encounter", "free_text"),
        },
        "eform_data": {**_same("form_date form_time", "date"), "form_data": "other_id"},
        "eforms_data": {
            **_same("form_date form_time", "date"), **_same("form_data form_fields", "other_id"),
        },
        "encounter": {
            **_same("encounter_date encounter_time", "date"),
            **_same("subject content encounterattachment", "free_text"),
        },
        "form": {**_same("form_date form_time", "date"), "content": "other_id"},
        "formAdf": {
            **_same("formCreated formEdited sigDate", "date"), "c_patientname": "name",
            "residentno": "other_id", "c_address": "address", "c_phone": "phone",
            **_same("cComplait histPresIll childhood adult operations injuries mentalIll "
                    "familyHist socialHist general histSkin headNeck respiratory cardiovascular "
                    "gi gu cns histExtremities allergies sensitivityDrug currentMedication "
                    "physicalCondition mentalCondition skin eyes ears nose mouthTeeth throat "
                    "neck chest heart abdomen genitalia lymphatics bloodVessels locomotor "
                    "extremities rectal vaginal neurological behaviorProblem "
                    "functionalLimitation diagnoses", "free_text"),
        },
        "formAlpha": {
            **_same("formCreated formEdited", "date"), "pName": "name",
            **_same("socialSupport lifeEvents coupleRelationship prenatalCare prenatalEducation "
                    "feelingsRePregnancy relationshipParents selfEsteem psychHistory depression "
                    "alcoholDrugAbuse abuse womanAbuse childAbuse childDiscipline comments",
                    "free_text"),
        },
        "formLabReq": {
            **_same("formCreated formEdited birthDate formDate", "date"), "aci": "free_text",
            **_same("healthNumber orn", "health_plan"), "phoneNumber": "phone",
            "patientName": "name", **_same("patientAddress patientCity patientPC", "address"),
        },
        "formMMSE": {
            **_same("formCreated formEdited formDate", "date"), "pName": "name",
            **_same("diagnosis meds", "free_text"),
        },
        "immunizations": {"immunizations": "other_id", "save_date": "date"},
        "mdsMSH": {"dateTime": "date", "messageConID": "other_id"},
        "mdsNTE": {"comment": "free_text"},
        "mdsOBR": {
            "placerOrderNo": "other_id", **_same("observationDateTime specimenRecDateTime", "date"),
        },
        "mdsPID": {
            "intPatientID": "mrn", "altPatientID": "other_id", "patientName": "name",
            "dOB": "date", "homePhone": "phone", "healthNumber": "health_plan",
        },
        "mdsPV1": {"vNumber": "other_id", "admDateTime": "date"},
        "mdsZCT": {
            **_same("barCodeIdentifier placerGroupNo", "other_id"), "observationDateTime": "date",
        },
        "measurements": {**_same("dateObserved dateEntered", "date"), "comments": "free_text"},
        "messagetbl": {"themessage": "free_text", "attachment": "other_id"},
        "prescribe": {**_same("prescribe_date prescribe_time", "date"), "content": "free_text"},
        "prescription": {
            **_same("date_prescribed date_printed dates_reprinted", "date"),
            "textView": "free_text",
        },
        "providerLabRouting": {"comment": "free_text", "timestamp": "date"},
        "radetail": {"hin": "health_plan", "service_date": "date"},
        "raheader": {"content": "other_id"},
        "recycle_bin": {"table_content": "other_id"},
        "recyclebin": {"table_content": "other_id"},
        "remoteAttachments": _same("date time", "date"),
        "reportagesex": {"date_joined": "date"},
        "reporttemp": {"edb": "date", "demo_name": "name", "address": "address"},
        "studydata": {"timestamp": "date", "content": "other_id"},
        "tickler": {"message": "free_text", **_same("update_date service_date", "date")},
    },
    "openelis": {
        "analysis": {
            **_same("started_date completed_date released_date printed_date so_send_ready_date "
                    "so_notify_received_date so_notify_send_date so_send_date so_send_entry_date "
                    "lastupdated entry_date", "date"),
            "so_client_reference": "other_id",
        },
        "analysis_qaevent": _same("lastupdated completed_date", "date"),
        "analysis_qaevent_action": _same("created_date lastupdated", "date"),
        "analysis_storages": _same("checkin checkout", "date"),
        "analyzer_results": {
            "accession_number": "other_id", **_same("lastupdated complete_date", "date"),
        },
        "document_track": _same("report_generation_time lastupdated", "date"),
        "history": {"changes": "other_id"},
        "note": {"text": "free_text", "lastupdated": "date"},
        "observation_history": {"lastupdated": "date"},
        "patient": {
            **_same("birth_date birth_time death_date lastupdated entered_birth_date", "date"),
            **_same("epi_first_name epi_middle_name epi_last_name", "name"),
            "national_id": "ssn", **_same("medicare_id medicaid_id", "health_plan"),
            "birth_place": "address", **_same("external_id chart_number", "mrn"),
        },
        "patient_identity": {"identity_data": "other_id", "lastupdated": "date"},
        "patient_occupation": {"lastupdated": "date"},
        "patient_patient_type": {"lastupdated": "date"},
        "person": {
            **_same("last_name first_name middle_name", "name"),
            **_same("multiple_unit street_address city zip_code", "address"),
            **_same("work_phone home_phone cell_phone", "phone"), "fax": "fax", "email": "email",
            "lastupdated": "date",
        },
        "person_address": {"value": "address"},
        "qa_observation": {"lastupdated": "date"},
        "referral": _same("send_ready_date sent_date result_recieved_date lastupdated "
                          "referral_request_date", "date"),
        "referral_result": _same("referral_report_date lastupdated", "date"),
        "result": {"lastupdated": "date"},
        "result_inventory": {"lastupdated": "date"},
        "result_signature": {"lastupdated": "date"},
        "sample": {
            **_same("accession_number client_reference barcode", "other_id"),
            **_same("entered_date received_date collection_date released_date transmission_date "
                    "lastupdated", "date"),
        },
        "sample_human": {"lastupdated": "date"},
        "sample_item": {**_same("lastupdated collection_date", "date"), "external_id": "other_id"},
        "sample_newborn": {
            **_same("date_first_feeding date_transfusion lastupdated", "date"),
            "medical_record_numeric": "mrn", "y_numeric": "other_id",
            **_same("cause_of_death other", "free_text"),
        },
        "sample_organization": {"lastupdated": "date"},
        "sample_pdf": _same("accession_number barcode", "other_id"),
        "sample_projects": {"lastupdated": "date"},
        "sample_qaevent": _same("completed_date lastupdated entered_date", "date"),
        "sample_qaevent_action": _same("created_date lastupdated", "date"),
        "sample_requester": {"lastupdated": "date"},
    },
    "orca": {
        "tbl_ptinf": {
            **_same("kananame name nickname setainusi renraku_name office_name kisei_name",
                    "name"),
            "birthday": "date",
            **_same("home_post home_adrs home_banti renraku_post renraku_adrs renraku_banti "
                    "office_post office_adrs office_banti kisei_post kisei_adrs kisei_banti",
                    "address"),
            **_same("home_tel1 home_tel2 keitai_tel renraku_tel1 renraku_tel2 office_tel kisei_tel",
                    "phone"),
            "fax": "fax", "email": "email",
            **_same("comment_1 comment_2 taboo_1 taboo_2 allergy_1 allergy_2 kansensyo_1 "
                    "kansensyo_2", "free_text"),
            **_ORCA_KEEPING,
        },
        "tbl_ptnum": {"ptnum": "mrn", **_ORCA_KEEPING},
        "tbl_pthkninf": {
            "hihknjaname": "name", "num": "health_plan",
            **_same("skkgetymd tekstymd tekedymd kakuninymd", "date"), **_ORCA_KEEPING,
        },
        "tbl_ptkohinf": {
            "jkysnum": "health_plan", **_same("tekstymd tekedymd kakuninymd", "date"),
            **_ORCA_KEEPING,
        },
        "tbl_ptrsiinf": {
            "kofunum": "health_plan", **_same("hihknjaname jigyouname", "name"),
            "cityname": "address",
            **_same("shobyoymd ryostymd ryoedymd sinsatuymd sinsatuend kakuninymd kijyunym",
                    "date"),
            "comment": "free_text", **_ORCA_KEEPING,
        },
        "tbl_ptnyuinrrk": {
            **_same("nyuinymd taiinymd tennyuymd tenstuymd", "date"), **_ORCA_KEEPING,
        },
        "tbl_ptbyomei": {**_same("sryymd tenkiymd", "date"), **_ORCA_KEEPING},
        "tbl_ptcom": {"inputcoment": "free_text", **_ORCA_KEEPING},
        "tbl_jyurrk": {
            "sryymd": "date", **_same("denpnum grp_denpnum", "account"), **_ORCA_KEEPING,
        },
        "tbl_ptmemoinf": {"sysymd": "date", "memo": "free_text", **_ORCA_KEEPING},
        "tbl_ptkinki": {**_same("kinkstymd touyoymd", "date"), **_ORCA_KEEPING},
        "tbl_pttokki": {**_same("stym edym", "date"), **_ORCA_KEEPING},
        "tbl_uketuke": {
            **_same("ukeymd uketime kaikeitime keyyyktime yyktime", "date"), "name": "name",
            **_ORCA_KEEPING,
        },
        "tbl_syunou": {
            **_same("sryymd denpprtymd skystymd skyedymd", "date"),
            **_same("denpnum grp_denpnum douji_denpnum fuku_denpnum", "account"),
            **_ORCA_KEEPING,
        },
        "tbl_order": {
            "karte_key": "other_id", "ptnum": "mrn", **_same("sryymd ukeymd ukehms", "date"),
            **_ORCA_KEEPING,
        },
        "tbl_odritem": {"karte_key": "other_id", "memo": "free_text", **_ORCA_KEEPING},
        "tbl_ptteikirrk": {
            **_same("sryym skystymd skyedymd", "date"), "denpnum": "account", **_ORCA_KEEPING,
        },
        "tbl_pttainfuka": {
            **_same("byomei1 byomei2 byomei3 byomei4 byomei5", "free_text"), **_ORCA_KEEPING,
        },
        "tbl_ptkohftn": {**_same("tekstymd tekedymd", "date"), **_ORCA_KEEPING},
        "tbl_kyuseirrk": {
            "chgymd": "date", **_same("kananame name nickname", "name"), **_ORCA_KEEPING,
        },
        "tbl_rececom": {**_same("sryym srydd", "date"), "comment": "free_text", **_ORCA_KEEPING},
        "tbl_infection": {
            **_same("sendymd sryymd syosinymd byosryymd tenkiymd", "date"), **_ORCA_KEEPING,
        },
        "tbl_clm_uid": {
            **_same("uid_new " + " ".join(f"uid{n}" for n in range(1, 21)), "other_id"),
            **_ORCA_KEEPING,
        },
        "tbl_henrei_body": {
            **_same("receipt_no search_no check_no henrei_info2", "other_id"),
            **_same("sryym birthday", "date"), "name": "name", "ptnum": "mrn",
            **_same("num jkynum_1 jkynum_2 jkynum_3 jkynum_4", "health_plan"),
            "hr_msg": "free_text",
            **_same(" ".join(f"s_tekstymd_{n}" for n in range(1, 11)), "date"),
            **_ORCA_KEEPING,
        },
    },
    # FreeMED (round 5, helper hofresh): labelled from the published DDL before any measurement.
    "freemed": {
        "patient": {
            **_same("ptdtadd ptdtmod ptdob ptdtlpay ptdtbill ptdol ptdeaddt pttimestamp "
                    "ptemritimestamp", "date"),
            **_same("ptlname ptmaidenname ptfname ptmname ptsuffix ptnextofkin", "name"),
            **_same("ptaddr1 ptaddr2 ptcity ptzip", "address"),
            **_same("pthphone ptwphone ptmphone", "phone"), "ptfax": "fax",
            "ptemail": "email", "ptssn": "ssn", "ptdmv": "licence", "ptid": "mrn",
            "ptextinf": "free_text",
        },
        "patient_address": {
            "stamp": "date", **_same("line1 line2 city postal", "address"),
        },
        "patient_prior": {
            "stamp": "date",
            **_same("ptlname ptmaidenname ptfname ptmname ptsuffix", "name"),
            **_same("ptaddr1 ptaddr2 ptcity ptzip", "address"),
            **_same("pthphone ptwphone ptmphone", "phone"), "ptfax": "fax",
            "ptemail": "email",
        },
        "patient_prior_provider": {"stamp": "date"},
        "patient_keypad_lookup": {
            "stamp": "date", **_same("last_name first_name", "name"), "ssn": "ssn",
        },
        "patient_phone_lookup": {"stamp": "date", "phone_number": "phone"},
        "allergies": {"allergy": "free_text", "reviewed": "date"},
        "annotations": {"atimestamp": "date", "annotation": "free_text"},
        "authorizations": {
            **_same("authdtadd authdtmod authdtbegin authdtend", "date"),
            "authnum": "other_id", "authcomment": "free_text",
        },
        "callin": {
            **_same("cilname cifname cimname covlname covfname covmname covschool covemployer",
                    "name"),
            **_same("cihphone ciwphone", "phone"),
            **_same("cidob cidatestamp coveffdt covdob covrelinfodt", "date"),
            "cicomplaint": "free_text", "covpatinsno": "health_plan",
            **_same("covaddr1 covaddr2 covcity covzip", "address"), "covssn": "ssn",
        },
        "coverage": {
            **_same("covdtadd covdtmod coveffdt covdob covrelinfodt", "date"),
            "covpatinsno": "health_plan",
            **_same("covlname covfname covmname covschool covemployer", "name"),
            **_same("covaddr1 covaddr2 covcity covzip", "address"), "covssn": "ssn",
        },
        "procrec": {
            **_same("procdt procrefdt procdtbilled", "date"), "procvoucher": "account",
            "proccomment": "free_text",
            **_same("procmedicaidref procmedicaidresub", "other_id"),
        },
        "chronic_problems": {"pdate": "date", "problem": "free_text"},
        "current_problems": {"pdate": "date", "problem": "free_text"},
        "eoc": {
            **_same("eocstartdate eocdtlastsimilar eocrelpreglastper eocrelpregconfine "
                    "eocdisfromdt eocdistodt eocdisworkdt eochosadmdt eochosdischrgdt "
                    "eocrelautotime", "date"),
            **_same("eocdescrip eocrelothercomment", "free_text"),
            **_same("eocrelautocase eocrelempfile", "other_id"),
            **_same("eocrelempname eocrelemprcname", "name"),
            **_same("eocrelempaddr1 eocrelempaddr2 eocrelempcity eocrelempzip", "address"),
            "eocrelemprcphone": "phone", "eocrelemprcemail": "email",
        },
        "immunization": {"dateof": "date", "notes": "free_text"},
        "labs": {
            **_same("labfillernum labplacernum", "other_id"), "labtimestamp": "date",
            "labnotes": "free_text",
        },
        "labresults": {"labobsnote": "free_text", "labobsreported": "date"},
        "pnotes": {
            **_same("pnotesdt pnotesdtadd pnotesdtmod", "date"),
            **_same("pnotes_S pnotes_O pnotes_A pnotes_P pnotes_I pnotes_E pnotes_R",
                    "free_text"),
        },
        "rx": {**_same("rxdtadd rxdtmod rxdtfrom", "date"), **_same("rxsig rxnote", "free_text")},
        "scheduler": {
            **_same("caldateof calcreated calmodified calhour calminute", "date"),
            **_same("calprenote calpostnote", "free_text"),
        },
        "patient_emr": {"stamp": "date", "summary": "free_text"},
        "patient_ids": {"foreign_id": "mrn", "stamp": "date"},
        "payrec": {**_same("payrecdtadd payrecdtmod payrecdt", "date"),
                   "payrecdescrip": "free_text"},
        "letters": {"letterdt": "date", "lettertext": "free_text"},
        "messages": {
            "msgtime": "date", "msgperson": "name", **_same("msgsubject msgtext", "free_text"),
        },
        "medications": {"mdate": "date"},
        "orders": {
            **_same("dateof delinquentdate immunizationgivendate", "date"), "notes": "free_text",
        },
        "financialdemographics": {
            **_same("fdtimestamp fdidexpire", "date"), "fdidnumber": "other_id",
            "fdfreetext": "free_text",
        },
        "clinicregistration": {
            **_same("dateof dob", "date"), **_same("lastname lastname2 firstname", "name"),
            "notes": "free_text",
        },
        "images": {"imagedt": "date"},
        "patletter": {"letterdt": "date", "lettertext": "free_text"},
        "log": {"logmsg": "free_text"},
        "dxhistory": {"stamp": "date"},
        "patientlinks": {"stamp": "date", "linkdetails": "free_text"},
    },
    # OpenClinic GA (round 5, helper hofresh): labelled from its published data model before any
    # measurement.
    "openclinicga": {
        "OC_NOTIFIER": {
            **_same("OC_NOTIFIER_CREATEDATETIME OC_NOTIFIER_SENTDATETIME", "date"),
            "OC_NOTIFIER_RESULTS": "free_text", "OC_NOTIFIER_SENTTO": "phone",
        },
        "OC_EXPORTS": {"OC_EXPORT_DATA": "other_id"},
        "UPDATESTATS1": _same("OC_BEGINDATE OC_ENDDATE", "date"),
        "UPDATESTATS2": _same("OC_ENCOUNTER_BEGINDATE OC_ENCOUNTER_ENDDATE", "date"),
        "OC_DIAGNOSES": _same("OC_DIAGNOSIS_DATE OC_DIAGNOSIS_CREATETIME OC_DIAGNOSIS_UPDATETIME "
                              "OC_DIAGNOSIS_ENDDATE", "date"),
        "OC_PLANNING": {
            **_same("OC_PLANNING_PLANNEDDATE OC_PLANNING_EFFECTIVEDATE "
                    "OC_PLANNING_CANCELATIONDATE OC_PLANNING_CREATETIME OC_PLANNING_UPDATETIME",
                    "date"),
            "OC_PLANNING_DESCRIPTION": "free_text",
        },
        "OC_PRESCRIPTIONS": _same("OC_PRESCR_BEGIN OC_PRESCR_END OC_PRESCR_CREATETIME "
                                  "OC_PRESCR_UPDATETIME", "date"),
        "OC_PRESCRIPTION_ADMINISTRATION": {"OC_SCHEMA_DATE": "date"},
        "OC_CAREPRESCRIPTIONS": _same("OC_CAREPRESCR_BEGIN OC_CAREPRESCR_END "
                                      "OC_CAREPRESCR_CREATETIME OC_CAREPRESCR_UPDATETIME",
                                      "date"),
        "OC_PAPERPRESCRIPTIONS": {
            **_same("OC_PP_DATE OC_PP_CREATETIME OC_PP_UPDATETIME", "date"),
            "OC_PP_CONTENT": "free_text",
        },
        "OC_REFERENCES": _same("OC_REFERENCE_REQUESTDATE OC_REFERENCE_EXECUTIONDATE "
                               "OC_REFERENCE_CREATETIME OC_REFERENCE_UPDATETIME", "date"),
        "OC_RFE": _same("OC_RFE_DATE OC_RFE_CREATETIME OC_RFE_UPDATETIME", "date"),
        "OC_BALANCES": {
            **_same("OC_BALANCE_DATE OC_BALANCE_CREATETIME OC_BALANCE_UPDATETIME", "date"),
            "OC_BALANCE_REMARKS": "free_text",
        },
        "OC_CREDITS": _same("OC_CREDIT_DATE OC_CREDIT_CREATETIME OC_CREDIT_UPDATETIME", "date"),
        "OC_DEBETS": {
            **_same("OC_DEBET_DATE OC_DEBET_CREATETIME OC_DEBET_UPDATETIME", "date"),
            "OC_DEBET_COMMENT": "free_text",
        },
        "OC_PATIENTINVOICES": {
            **_same("OC_PATIENTINVOICE_ID OC_PATIENTINVOICE_NUMBER", "account"),
            **_same("OC_PATIENTINVOICE_DATE OC_PATIENTINVOICE_CREATETIME "
                    "OC_PATIENTINVOICE_UPDATETIME", "date"),
            "OC_PATIENTINVOICE_INSURARREFERENCE": "other_id",
        },
        "OC_INSURANCES": {
            "OC_INSURANCE_NR": "health_plan",
            **_same("OC_INSURANCE_START OC_INSURANCE_STOP OC_INSURANCE_CREATETIME "
                    "OC_INSURANCE_UPDATETIME", "date"),
            "OC_INSURANCE_COMMENT": "free_text", "OC_INSURANCE_MEMBER": "name",
        },
        "OC_INVOICES": {
            "OC_INVOICE_ID": "account",
            **_same("OC_INVOICE_DATE OC_INVOICE_CREATETIME OC_INVOICE_UPDATETIME", "date"),
        },
        "OC_ENCOUNTERS": _same("OC_ENCOUNTER_BEGINDATE OC_ENCOUNTER_ENDDATE "
                               "OC_ENCOUNTER_CREATETIME OC_ENCOUNTER_UPDATETIME "
                               "OC_ENCOUNTER_PROCESSED", "date"),
        "OC_CHRONICMEDICATIONS": _same("OC_CHRONICMED_BEGIN OC_CHRONICMED_CREATETIME "
                                       "OC_CHRONICMED_UPDATETIME", "date"),
        "Admin": {
            "natreg": "ssn", **_same("immatold immatnew", "mrn"), "candidate": "other_id",
            **_same("lastname firstname middlename searchname", "name"),
            **_same("dateofbirth engagement pension updatetime claimant_expiration "
                    "startdate_inactivity enddate_inactivity begindate enddate", "date"),
            "comment": "free_text", "native_town": "address",
        },
        "AdminHistory": {
            "natreg": "ssn", **_same("immatold immatnew", "mrn"), "candidate": "other_id",
            **_same("lastname firstname middlename searchname", "name"),
            **_same("dateofbirth engagement pension updatetime claimant_expiration "
                    "startdate_inactivity enddate_inactivity begindate enddate", "date"),
            "comment": "free_text", "native_town": "address",
        },
        "AdminExtends": {"updatetime": "date"},
        "AdminSocSec": {
            **_same("covered enterprise", "name"), "assurancenumber": "health_plan",
            **_same("start stop updatetime", "date"), "comment": "free_text",
        },
        "AdminPrivate": {
            **_same("start stop updatetime", "date"),
            **_same("address city zipcode district sanitarydistrict sector cell quarter",
                    "address"),
            **_same("telephone mobile", "phone"), "fax": "fax", "email": "email",
            "business": "name", "comment": "free_text",
        },
        "AlternateID": {"alternateid": "mrn"},
        "UserProfileMotivations": {"motivation": "free_text"},
        "AdminPhysicians": {"updatetime": "date"},
        "Appointments": {
            **_same("appointmentDate visitDate updatetime", "date"), "ow_comment": "free_text",
        },
        "Badges": {"BadgeId": "other_id", **_same("BadgeBegin BadgeEnd updateTime", "date")},
        "DiagnosisHistory": {"inactiveDate": "date"},
        "Documents": {"updatetime": "date"},
        "Healthrecord": _same("dateBegin dateEnd", "date"),
        "Items": {"date": "date"},
        "ItemsHistory": {"date": "date"},
        "patientDiagnosis": {"comment": "free_text", **_same("beginDate endDate", "date")},
        "PermanentItems": {"ts": "date"},
        "report_riskSummaryPerUnit": {**_same("lastname firstname", "name"), "immat": "mrn"},
        "RiskProfileItems": {"comment": "free_text"},
        "RiskProfiles": {**_same("dateBegin dateEnd updatetime", "date"), "comment": "free_text"},
        "Transactions": _same("creationDate updateTime ts", "date"),
    },
    # ClearHealth (round 5, helper hofresh): labelled from the published DDL before any
    # measurement.
    "clearhealth": {
        "address": _same("line1 line2 city postal_code", "address"),
        "clearhealth_claim": {"identifier": "other_id"},
        "document": _same("date revision", "date"),
        "encounter": _same("date_of_treatment timestamp", "date"),
        "encounter_date": {"date": "date"},
        "identifier": {"identifier": "other_id"},
        "insured_relationship": _same("effective_start effective_end", "date"),
        "name_history": {**_same("first_name last_name middle_name", "name"),
                         "update_date": "date"},
        "note": {"note": "free_text", **_same("date revision", "date")},
        "number": {"number": "phone"},
        "occurences": {**_same("start end", "date"), "notes": "free_text"},
        "patient": {"record_number": "mrn", "employer_name": "name"},
        "payment": _same("timestamp payment_date", "date"),
        "person": {
            **_same("last_name first_name middle_name initials", "name"),
            "date_of_birth": "date", "notes": "free_text",
            **_same("email secondary_email", "email"), "identifier": "ssn",
        },
        "patient_note": {"note_date": "date", "note": "free_text"},
    },
    # OpenMolar (round 6, helper hofresh3): labelled from the published DDL and the project's
    # own code before any measurement.
    "openmolar": {
        "appt_prefs": {**_same("recdent rechyg", "date"), "note": "free_text"},
        "apr": {**_same("adate atime datespec", "date"), "note": "free_text"},
        "aslot": {
            **_same("adate start end timestamp", "date"), "name": "name", "note": "free_text",
        },
        "bpe": {"bpedate": "date"},
        "cashbook": {"cbdate": "date", "descr": "name"},
        "claims": {
            **_same("proddate startdate cmpldate regdate authdate dob archdate", "date"),
            **_same("sname fname prevsname", "name"),
            **_same("addr1 addr2 addr3 pcde town county", "address"),
            "nhsno": "health_plan", "exempttext": "free_text", "claimdata": "other_id",
        },
        "clinical_memos": {"datestamp": "date", "synopsis": "free_text"},
        "currtrtmt2": _same("examd accd cmpd", "date"),
        "daybook": {"date": "date"},
        "docsimported": _same("filedate importime", "date"),
        "docsimporteddata": {"filedata": "other_id"},
        "est_logger": {"est_data": "other_id"},
        "exemptions": {"exempttext": "free_text", "datestamp": "date"},
        "formatted_notes": {**_same("ndate timestamp", "date"), "note": "free_text"},
        "forum": {"comment": "free_text"},
        "medforms": {"chk_date": "date"},
        "medhist": {
            **_same("medication_comments warning_card allergies respiratory heart diabetes "
                    "arthritis bleeding infectious_disease endocarditis liver anaesthetic "
                    "joint_replacement heart_surgery brain_surgery hospital cjd other",
                    "free_text"),
            **_same("chkdate time_stamp", "date"),
        },
        "medication_link": {"details": "free_text"},
        "new_patients": {
            **_same("sname fname", "name"), **_same("dob cnfd billdate", "date"),
            **_same("addr1 addr2 addr3 town county pcde", "address"),
            **_same("tel1 tel2 mobile", "phone"), "fax": "fax",
            **_same("email1 email2", "email"), "nhsno": "health_plan", "memo": "free_text",
        },
        "newdocsprinted": {"printdate": "date", "data": "other_id"},
        "newestimates": {"time_stamp": "date"},
        "patient_dates": _same(" ".join(f"pd{i}" for i in range(15)), "date"),
        "patient_nhs": _same("initaccept lastreaccept lastclaim expiry transfer", "date"),
        "perio": {"chartdate": "date"},
        "plandata": {"planjoin": "date", "regno": "health_plan"},
        "previous_snames": {"psn": "name"},
        "ptmemos": {**_same("mdate expiredate", "date"), "message": "free_text"},
    },
    # GNUmed (round 6, helper hofresh3): labelled from the published DDL and its column comments
    # before any measurement.
    "gnumed": {
        "audit_fields": _GNUMED_KEEPING,
        "address": {
            **_same("aux_street number subunit addendum lat_lon", "address"), **_GNUMED_KEEPING,
        },
        "street": _same("name postcode suburb lat_lon", "address"),
        "identity": {"pupic": "mrn", **_same("dob deceased", "date"), **_GNUMED_KEEPING},
        "lnk_identity2ext_id": {
            "external_id": "other_id", "comment": "free_text", **_GNUMED_KEEPING,
        },
        "names": {**_same("lastnames firstnames preferred", "name"), "comment": "free_text"},
        "lnk_identity2comm": {"url": "phone"},
        "lnk_person2relative": {**_same("started ended", "date"), **_GNUMED_KEEPING},
        "lnk_job2person": {"comment": "free_text", **_GNUMED_KEEPING},
        "xlnk_identity": {"pupic": "mrn", **_GNUMED_KEEPING},
        "clin_health_issue": {"description": "free_text", **_GNUMED_KEEPING},
        "clin_episode": {"description": "free_text", **_GNUMED_KEEPING},
        "clin_encounter": {
            "description": "free_text", **_same("started last_affirmed", "date"),
            **_GNUMED_KEEPING,
        },
        "curr_encounter": _same("started last_affirmed", "date"),
        "clin_root_item": _GNUMED_ITEM,
        "lnk_type2item": _GNUMED_KEEPING,
        "clin_narrative": _GNUMED_ITEM,
        "hx_family_item": {
            "name_relative": "name", "dob_relative": "date", "condition": "free_text",
            **_GNUMED_KEEPING,
        },
        "clin_hx_family": _GNUMED_ITEM,
        "clin_diag": _GNUMED_KEEPING,
        "clin_aux_note": _GNUMED_ITEM,
        "lnk_pat2vacc_reg": _GNUMED_KEEPING,
        "vaccination": _GNUMED_ITEM,
        "allergy_state": _GNUMED_KEEPING,
        "allergy": _GNUMED_ITEM,
        "form_instances": _same("modified_when clin_when", "date"),
        "form_data": _GNUMED_KEEPING,
        "clin_medication": {
            **_GNUMED_ITEM, **_same("last_prescribed discontinued", "date"),
            "directions": "free_text",
        },
        "referral": _GNUMED_ITEM,
        "test_result_unmatched": {
            **_same("request_id other_info data", "other_id"),
            **_same("firstnames lastnames", "name"), "dob": "date", "postcode": "address",
            **_GNUMED_KEEPING,
        },
        "test_result": {
            **_GNUMED_ITEM, **_same("val_alpha note_provider material_detail", "free_text"),
        },
        "lab_request": {
            **_GNUMED_ITEM, **_same("request_id lab_request_id", "other_id"),
            **_same("lab_rxd_when results_reported_when", "date"),
        },
        "doc_med": {"comment": "free_text", "date": "date", "ext_ref": "other_id"},
        "doc_obj": {"data": "other_id"},
        "doc_desc": {"text": "free_text"},
    },
    # caTissue Suite (round 6, helper hofresh3): labelled from the published DDL before any
    # measurement.
    "catissue": {
        "catissue_participant": {
            **_same("LAST_NAME FIRST_NAME MIDDLE_NAME LNAME_METAPHONE", "name"),
            **_same("BIRTH_DATE DEATH_DATE", "date"), "EMPI_ID": "mrn",
            "SOCIAL_SECURITY_NUMBER": "ssn",
        },
        "catissue_part_medical_id": {"MEDICAL_RECORD_NUMBER": "mrn"},
        "catissue_coll_prot_reg": {
            "PROTOCOL_PARTICIPANT_ID": "mrn", "BARCODE": "other_id",
            **_same("REGISTRATION_DATE CONSENT_SIGN_DATE", "date"),
        },
        "catissue_specimen_coll_group": {
            **_same("NAME BARCODE SURGICAL_PATHOLOGY_NUMBER", "other_id"),
            "COMMENTS": "free_text", "ENCOUNTER_TIMESTAMP": "date",
        },
        "catissue_specimen": {
            **_same("LABEL BARCODE", "other_id"), "COMMENTS": "free_text",
            "CREATED_ON_DATE": "date",
        },
        "catissue_specimen_event_param": {"EVENT_TIMESTAMP": "date", "COMMENTS": "free_text"},
        "catissue_distribution": {"EVENT_TIMESTAMP": "date", "COMMENTS": "free_text"},
        "catissue_external_identifier": {"VALUE": "other_id"},
        "catissue_report_content": {"REPORT_DATA": "free_text"},
        "catissue_report_section": {"DOCUMENT_FRAGMENT": "free_text"},
        "catissue_pathology_report": {"COLLECTION_DATE_TIME": "date"},
        "catissue_review_params": {"EVENT_TIMESTAMP": "date", "COMMENTS": "free_text"},
        "catissue_quarantine_params": {"EVENT_TIMESTAMP": "date", "COMMENTS": "free_text"},
        "catissue_report_queue": {
            "SURGICAL_PATHOLOGY_NUMBER": "other_id", "PARTICIPANT_NAME": "name",
            "REPORT_TEXT": "free_text", "REPORT_COLLECTION_DATE": "date",
        },
        "catissue_audit_event": {"COMMENTS": "free_text"},
        "catissue_audit_event_details": _same("PREVIOUS_VALUE CURRENT_VALUE", "other_id"),
        "catissue_audit_event_query_log": {"QUERY_DETAILS": "free_text"},
    },
    # OpenEyes (round 7, helper hofresh4b): its 2013 core consolidation, labelled from the
    # published DDL before any measurement. Every table carries created_date and
    # last_modified_date; on a patient's rows (and on the contact and address rows patients share
    # with GPs, staff and sites) they date the patient.
    "openeyes": {
        "address": {
            **_same("address1 address2 city postcode county", "address"), "email": "email",
            **_same("date_start date_end", "date"), **_OE_KEEPING,
        },
        "audit": {"data": "other_id"},
        "commissioning_body_patient_assignment": _OE_KEEPING,
        "contact": {
            **_same("nick_name first_name last_name", "name"), "primary_phone": "phone",
            **_OE_KEEPING,
        },
        "episode": {**_same("start_date end_date", "date"), **_OE_KEEPING},
        "event": {"info": "free_text", **_OE_KEEPING},
        "event_issue": _OE_KEEPING,
        "family_history": {"comments": "free_text", **_OE_KEEPING},
        "medication": {**_same("start_date end_date", "date"), **_OE_KEEPING},
        "patient": {
            **_same("pas_key hos_num", "mrn"), "nhs_num": "health_plan",
            **_same("dob date_of_death", "date"), **_OE_KEEPING,
        },
        "patient_allergy_assignment": _OE_KEEPING,
        "patient_contact_assignment": _OE_KEEPING,
        "patient_oph_info": {"cvi_status_date": "date", **_OE_KEEPING},
        "previous_operation": {"operation": "free_text", "date": "date", **_OE_KEEPING},
        "referral": {
            "refno": "other_id", **_same("received_date closed_date", "date"), **_OE_KEEPING,
        },
        "referral_episode_assignment": _OE_KEEPING,
        "secondary_diagnosis": {"date": "date", **_OE_KEEPING},
        "tbl_audit_trail": _same("old_value new_value", "other_id"),
    },
    # Tamanu (round 7, helper hofresh4b): 49 tables of its 2026 baseline dump, labelled from the
    # published DDL before any measurement. created_at, updated_at and deleted_at date the
    # patient on a patient's rows (billing, attachments and link rows included), not on code
    # lists, settings, staff, job queues and logs; updated_at_sync_tick is a sync counter.
    "tamanu": {
        "administered_vaccines": {
            **_same("date date_legacy", "date"), "consent_given_by": "name", **_TM_KEEPING,
        },
        "appointment_schedules": {
            **_same("until_date generated_until_date cancelled_at_date", "date"), **_TM_KEEPING,
        },
        "appointments": {
            **_same("start_time end_time start_time_legacy end_time_legacy", "date"),
            **_TM_KEEPING,
        },
        "attachments": {"data": "other_id", **_TM_KEEPING},
        "certificate_notifications": {"forward_address": "email"},
        "contributing_death_causes": _TM_KEEPING,
        "discharges": {"note": "free_text", **_TM_KEEPING},
        "document_metadata": {
            **_same("document_created_at document_uploaded_at document_created_at_legacy "
                    "document_uploaded_at_legacy", "date"),
            "document_owner": "name", "note": "free_text", **_TM_KEEPING,
        },
        "encounter_diagnoses": {**_same("date date_legacy", "date"), **_TM_KEEPING},
        "encounter_diets": _TM_KEEPING,
        "encounter_history": {"date": "date", **_TM_KEEPING},
        "encounter_medications": {
            **_same("date end_date discontinued_date date_legacy end_date_legacy", "date"),
            **_same("prescription note indication", "free_text"), **_TM_KEEPING,
        },
        "encounters": {
            **_same("start_date end_date start_date_legacy end_date_legacy "
                    "planned_location_start_time", "date"),
            "reason_for_encounter": "free_text", "discharge_draft": "other_id", **_TM_KEEPING,
        },
        "imaging_request_areas": _TM_KEEPING,
        "imaging_requests": {
            **_same("requested_date requested_date_legacy", "date"),
            "legacy_results": "free_text", "display_id": "other_id", **_TM_KEEPING,
        },
        "imaging_results": {
            "description": "free_text", "external_code": "other_id", "completed_at": "date",
            **_TM_KEEPING,
        },
        "invoice_discounts": {"applied_time": "date", **_TM_KEEPING},
        "invoice_insurer_payments": _TM_KEEPING,
        "invoice_insurers": _TM_KEEPING,
        "invoice_item_discounts": _TM_KEEPING,
        "invoice_items": {"order_date": "date", "note": "free_text", **_TM_KEEPING},
        "invoice_patient_payments": _TM_KEEPING,
        "invoice_payments": {"date": "date", "receipt_number": "account", **_TM_KEEPING},
        "invoices": {"display_id": "account", "date": "date", **_TM_KEEPING},
        "ips_requests": {"email": "email"},
        "lab_request_attachments": _TM_KEEPING,
        "lab_request_logs": _TM_KEEPING,
        "lab_requests": {
            **_same("sample_time requested_date sample_time_legacy requested_date_legacy "
                    "published_date", "date"),
            **_same("senaite_id sample_id display_id", "other_id"), **_TM_KEEPING,
        },
        "lab_test_panel_requests": _TM_KEEPING,
        "lab_tests": {
            **_same("date completed_date date_legacy completed_date_legacy", "date"),
            "result": "free_text", **_TM_KEEPING,
        },
        "patients": {
            "display_id": "mrn", **_same("first_name middle_name last_name cultural_name", "name"),
            "email": "email", "additional_details": "free_text",
            **_same("date_of_birth date_of_death date_of_birth_legacy date_of_death_legacy",
                    "date"),
            **_TM_KEEPING,
        },
        "patient_death_data": {
            **_same("last_surgery_date external_cause_date external_cause_date_legacy "
                    "last_surgery_date_legacy", "date"),
            **_same("external_cause_location external_cause_notes", "free_text"), **_TM_KEEPING,
        },
    },
    # SORMAS (round 7, helper hofresh4a): labelled from the published migration script before
    # any measurement.
    "sormas": {**_SORMAS, **{f"{t}_history": _SORMAS[t] for t in _SORMAS_HISTORY.split()}},
    # Hospital OS PCU module (round 7, helper hofresh4a): labelled from the published install
    # script before any measurement.
    "hospitalos": {
        "t_health_anc": {
            **_HOS_KEEPING, "health_anc_vn": "other_id", "health_anc_hn": "mrn",
            "health_anc_hct_date": "date",
            **_same("health_anc_notice health_anc_exam_description", "free_text"),
        },
        "t_health_anc_detail": _HOS_KEEPING,
        **{f"t_health_check_{item}": _hos_check(item) for item in _HOS_CHECKS},
        "t_health_check_health_year": {
            **_hos_item("check_health_year"), "check_health_year_remark": "free_text",
        },
        "t_health_counsel": {
            **_hos_item("counsel"), **_same("counsel_detail counsel_remark", "free_text"),
        },
        "t_health_delivery": {
            **_same("record_date_time update_date_time health_delivery_born_date "
                    "health_delivery_born_time", "date"),
            **_same("abnormal_pregnancy_description health_delivery_notice", "free_text"),
            "health_delivery_without_addressborn_center": "address",
        },
        "t_health_dental": {
            **_hos_item("dental"), **_same("dental_detail dental_remark", "free_text"),
        },
        "t_health_efficiency": {
            **_hos_item("efficiency"),
            **_same("efficiency_detail efficiency_remark", "free_text"),
        },
        "t_health_epi": {
            **_HOS_KEEPING, "health_epi_vn": "other_id", "health_epi_hn": "mrn",
            "health_epi_nextapp": "date", "health_epi_notice": "free_text",
        },
        "t_health_epi_detail": {"record_date_time": "date", "health_epi_start": "date"},
        "t_health_epi_outsite": {
            **_HOS_KEEPING, "epi_outsite_date": "date", "epi_outsite_remark": "free_text",
            "epi_outsite_hn": "mrn",
        },
        "t_health_family": {
            **_HOS_KEEPING, **_same("patient_hn health_family_hn_hcis", "mrn"),
            "t_health_family_number": "other_id",
            **_same("patient_pid patient_father_pid patient_mother_pid", "ssn"),
            **_same("patient_name patient_last_name patient_father_firstname "
                    "patient_father_lastname patient_mother_firstname patient_mother_lastname "
                    "patient_couple_firstname patient_couple_lastname patient_work_office",
                    "name"),
            "patient_birthday": "date",
        },
    },
    "openimis": {
        "tblClaim": {
            **_IMIS_KEEPING, **_IMIS_REVIEW, "ClaimCode": "other_id", "GuaranteeId": "other_id",
            **_same("DateFrom DateTo DateClaimed DateProcessed SubmitStamp ProcessStamp", "date"),
            **_same("Adjustment Explanation", "free_text"),
        },
        "tblClaimDedRem": _IMIS_KEEPING,
        "tblClaimItems": {
            **_IMIS_KEEPING, **_IMIS_REVIEW, **_same("Explanation Justification", "free_text"),
        },
        "tblClaimServices": {
            **_IMIS_KEEPING, **_IMIS_REVIEW, **_same("Explanation Justification", "free_text"),
        },
        "tblControlNumber": {
            **_IMIS_KEEPING, **_same("RequestedDate ReceivedDate IssuedDate", "date"),
            "ControlNumber": "account",
        },
        "tblFamilies": {
            **_IMIS_KEEPING, "FamilyAddress": "address", "ConfirmationNo": "other_id",
        },
        "tblFamilySMS": _IMIS_KEEPING,
        "tblFeedback": {**_IMIS_KEEPING, "FeedbackDate": "date"},
        "tblFeedbackPrompt": {**_IMIS_KEEPING, "FeedbackPromptDate": "date"},
        "tblFromPhone": {"CHFID": "health_plan"},
        "tblHealthStatus": {**_IMIS_KEEPING, "Description": "free_text"},
        "tblInsuree": {
            **_IMIS_KEEPING, "CHFID": "health_plan", **_same("LastName OtherNames", "name"),
            **_same("DOB PhotoDate", "date"), "passport": "other_id", "Phone": "phone",
            "Email": "email", **_same("CurrentAddress GeoLocation", "address"),
        },
        "tblInsureePolicy": {
            **_IMIS_KEEPING,
            **_same("EnrollmentDate StartDate EffectiveDate ExpiryDate", "date"),
        },
        "tblPayment": {
            **_IMIS_KEEPING, **_same("PhoneNumber PayerPhoneNumber", "phone"),
            **_same("RequestDate ReceivedDate MatchedDate PaymentDate DateLastSMS "
                    "ReconciliationDate", "date"),
            **_same("TransactionNo ReceiptNo", "account"),
        },
        "tblPaymentDetails": {
            **_IMIS_KEEPING, "InsuranceNumber": "health_plan", "enrollmentDate": "date",
        },
        "tblPhotos": {**_IMIS_KEEPING, "CHFID": "health_plan", "PhotoDate": "date"},
        "tblPolicy": {
            **_IMIS_KEEPING, **_same("EnrollDate StartDate EffectiveDate ExpiryDate", "date"),
        },
        "tblPolicyRenewalDetails": _IMIS_KEEPING,
        "tblPolicyRenewals": {
            **_IMIS_KEEPING, **_same("RenewalPromptDate RenewalDate ResponseDate", "date"),
        },
        "tblPremium": {
            **_IMIS_KEEPING, **_same("PayDate CreatedDate", "date"), "Receipt": "account",
        },
    },
    "marley": {
        "tabPatient": {
            **_FRAPPE_KEEPING,
            **_same("first_name middle_name last_name patient_name customer", "name"),
            "dob": "date", "address": "address", "uid": "ssn",
            **_same("mobile phone", "phone"), **_same("email user_id", "email"),
            **_same("patient_details allergies medication medical_history surgical_history "
                    "tobacco_past_use tobacco_current_use alcohol_past_use alcohol_current_use "
                    "surrounding_factors other_risk_factors", "free_text"),
        },
        "tabPatient Appointment": {
            **_FRAPPE_KEEPING, **_same("title patient_name", "name"),
            **_same("appointment_date appointment_time appointment_datetime", "date"),
            "notes": "free_text",
        },
        "tabPatient Encounter": {
            **_FRAPPE_KEEPING, **_same("title patient_name", "name"),
            **_same("encounter_date encounter_time", "date"), "encounter_comment": "free_text",
        },
        "tabLab Test": {
            **_FRAPPE_KEEPING, "patient_name": "name", "email": "email", "mobile": "phone",
            **_same("date time submitted_date result_date approved_date expected_result_date "
                    "expected_result_time printed_on", "date"),
            **_same("descriptive_result lab_test_comment custom_result", "free_text"),
        },
        "tabInpatient Record": {
            **_FRAPPE_KEEPING, "patient_name": "name", **_same("mobile phone", "phone"),
            "email": "email",
            **_same("dob scheduled_date admitted_datetime expected_discharge admission_ordered_for "
                    "discharge_ordered_date discharge_datetime followup_date", "date"),
            **_same("admission_instruction discharge_instructions discharge_note", "free_text"),
        },
        "tabClinical Procedure": {
            **_FRAPPE_KEEPING, **_same("title patient_name", "name"),
            **_same("start_date start_time", "date"), "notes": "free_text",
        },
        "tabVital Signs": {
            **_FRAPPE_KEEPING, **_same("title patient_name", "name"),
            **_same("signs_date signs_time", "date"),
            **_same("vital_signs_note nutrition_note", "free_text"),
        },
        "tabPatient Relation": {**_FRAPPE_KEEPING, "description": "free_text"},
        "tabDrug Prescription": {**_FRAPPE_KEEPING, "comment": "free_text"},
        "tabLab Prescription": {**_FRAPPE_KEEPING, "lab_test_comment": "free_text"},
        "tabProcedure Prescription": {**_FRAPPE_KEEPING, "date": "date", "comments": "free_text"},
        "tabCodification Table": _FRAPPE_KEEPING,
        "tabTherapy Plan Detail": _FRAPPE_KEEPING,
        "tabPatient Encounter Diagnosis": _FRAPPE_KEEPING,
        "tabPatient Encounter Symptom": _FRAPPE_KEEPING,
        "tabNormal Test Result": {**_FRAPPE_KEEPING, "lab_test_comment": "free_text"},
        "tabDescriptive Test Result": {**_FRAPPE_KEEPING, "result_value": "free_text"},
        "tabSensitivity Test Result": _FRAPPE_KEEPING,
        "tabOrganism Test Result": _FRAPPE_KEEPING,
        "tabInpatient Occupancy": {
            **_FRAPPE_KEEPING, **_same("check_in check_out scheduled_billing_time", "date"),
        },
        "tabInpatient Record Item": _FRAPPE_KEEPING,
        "tabClinical Procedure Item": _FRAPPE_KEEPING,
    },
    # Mediboard (hofresh5b, round 8): French names read for their meaning; `matricule` and
    # `assure_matricule` are the NIR (social security number), `avs` the Swiss AVS number, the
    # INS the national health identifier; `assure_*` is the insured person (often a relative).
    "mediboard": {
        "patients": {
            **_same("nom nom_jeune_fille nom_soundex2 prenom_soundex2 nomjf_soundex2 prenom "
                    "prenom_2 prenom_3 prenom_4 assure_nom assure_nom_jeune_fille assure_prenom "
                    "assure_prenom_2 assure_prenom_3 assure_prenom_4", "name"),
            **_same("naissance deces assure_naissance fin_validite_vitale deb_amo fin_amo "
                    "date_lecture_vitale", "date"),
            **_same("adresse ville cp lieu_naissance cp_naissance assure_adresse assure_ville "
                    "assure_cp assure_lieu_naissance assure_cp_naissance", "address"),
            **_same("tel tel2 tel_autre assure_tel assure_tel2", "phone"),
            "email": "email",
            **_same("matricule assure_matricule avs", "ssn"),
            **_same("rques notes_amo notes_amc assure_rques", "free_text"),
        },
        "correspondant_patient": {
            **_same("nom prenom nom_jeune_fille surnom", "name"),
            **_same("adresse cp ville", "address"),
            **_same("tel mob", "phone"), "fax": "fax", "email": "email",
            **_same("naissance date_debut date_fin", "date"),
            "urssaf": "other_id", **_same("num_assure assure_id", "health_plan"),
            "remarques": "free_text",
        },
        "antecedent": {"date": "date", "creation_date": "date", "rques": "free_text"},
        "traitement": {**_same("debut fin creation_date", "date"), "traitement": "free_text"},
        "pathologie": {**_same("debut fin creation_date", "date"), "pathologie": "free_text"},
        "addiction": {"addiction": "free_text"},
        "dossier_medical": {"facteurs_risque": "free_text"},
        "devenir_dentaire": {"description": "free_text"},
        "acte_dentaire": {"commentaire": "free_text"},
        "constantes_medicales": {**_same("datetime creation_date", "date"), "comment": "free_text"},
        "observation_result_set": {"datetime": "date"},
        "ins_patient": {"ins": "ssn", "date": "date"},
        "patient_state": {"datetime": "date"},
        "consultation": {
            **_same("heure arrivee date_reglement", "date"),
            **_same("motif rques examen traitement", "free_text"),
        },
        "consultation_anesth": _same(
            "antecedents traitements tabac oenolisme etatBucco conclusion premedication "
            "prepa_preop", "free_text"
        ),
        "techniques_anesth": {"technique": "free_text"},
        "exams_comp": {"examen": "free_text"},
        "examaudio": {"remarques": "free_text"},
    },
    # OpenHIS PEIS (hofresh5b, round 8): pinyin initials and English words read for their
    # meaning (the Chinese column comments of the dump say what each holds); `patientcode`
    # (体检号) numbers one examination (other_id), the archive number (档案号) the person (mrn).
    "openhispeis": {
        "md_advance_visit": {
            **_same("inspect_time visit_time createdate modifydate", "date"),
            "patientcode": "other_id", "memo": "free_text",
        },
        "md_advance_visit_write": {
            **_same("inspect_time visit_time createdate modifydate", "date"),
            "patientarchiveno_id": "mrn", "memo": "free_text",
        },
        "md_attachment": {
            **_same("createdate modifydate", "date"),
            **_same("patientcode short_code", "other_id"), "memo": "free_text",
        },
        "md_ball_check_report": {"patientcode": "other_id"},
        "md_batch_sms_record": {"phone": "phone"},
        "md_bk_patient": {
            **_same("createdate modifydate birthdate dateregister", "date"),
            **_same("patientname input_code org_name", "name"),
            "patientcode": "other_id", "idcardno": "ssn", "phone": "phone",
            **_same("note suggestion", "free_text"),
        },
        "md_bk_patientfeeitem": {**_same("createdate modifydate", "date"), "note": "free_text"},
        "md_card": {
            **_same("createdate modifydate sell_time get_time tc_dateregister", "date"),
            "card_no": "account", **_same("tel tc_patientcode", "other_id"),
            "purchaser": "name", "phone": "phone", "memo": "free_text",
        },
        "md_card_payway": {
            **_same("moneyamountpaiddate createdate modifydate", "date"),
            "cardno": "account", "note": "free_text",
        },
        "md_card_recheck_record": {
            **_same("createdate modifydate charge_time", "date"),
            "card_no": "account", "patientcode": "other_id", "note": "free_text",
        },
    },
    # Open Dental (round 9, helper hofresh6a): labelled from the table classes' field comments.
    "opendental": {
        "patient": {
            **_same("LName FName MiddleI Preferred Salutation ImageFolder", "name"),
            **_same("Birthdate DateFirstVisit AdmitDate DateTStamp DateTimeDeceased", "date"),
            "SecDateEntry": "date", "SSN": "ssn",
            **_same("Address Address2 City Zip County", "address"),
            **_same("HmPhone WkPhone WirelessPhone", "phone"), "Email": "email",
            "ChartNumber": "mrn", "MedicaidID": "health_plan",
            **_same("AddrNote FamFinUrgNote MedUrgNote ApptModNote EmploymentNote", "free_text"),
        },
        "appointment": {
            **_same(
                "AptDateTime DateTStamp DateTimeArrived DateTimeSeated DateTimeDismissed "
                "DateTimeAskedToArrive SecDateTEntry", "date",
            ),
            **_same("Note ProcDescript", "free_text"),
        },
        "procedurelog": {
            **_same(
                "ProcDate DateOriginalProsth DateEntryC StartTime StopTime DateTP ProcTime "
                "ProcTimeEnd DateTStamp SecDateEntry DateComplete", "date",
            ),
            **_same("ClaimNote BillingNote", "free_text"),
        },
        "claim": {
            **_same(
                "DateService DateSent DateReceived PriorDate AccidentDate OrthoDate "
                "CanadianDateInitialLower CanadianDateInitialUpper CanadaEstTreatStartDate "
                "DateResent SecDateEntry SecDateTEdit DateSentOrig DateIllnessInjuryPreg DateOther",
                "date",
            ),
            **_same(
                "PreAuthString RefNumString AttachmentID CanadaTransRefNum "
                "PriorAuthorizationNumber ClaimIdentifier OrigRefNum", "other_id",
            ),
            **_same("ReasonUnderPaid ClaimNote", "free_text"),
        },
        "claimproc": {
            **_same(
                "DateCP ProcDate DateEntry SecDateEntry SecDateTEdit DateSuppReceived "
                "DateInsFinalized", "date",
            ),
            "Remarks": "free_text",
        },
        "inssub": {
            **_same("DateEffective DateTerm SecDateEntry SecDateTEdit", "date"),
            "SubscriberID": "health_plan", **_same("BenefitNotes SubscNote", "free_text"),
        },
        "patplan": {
            **_same("OrthoAutoNextClaimDate SecDateTEntry SecDateTEdit", "date"),
            "PatID": "health_plan",
        },
        "employer": {
            "EmpName": "name", **_same("Address Address2 City Zip", "address"), "Phone": "phone",
        },
        "commlog": {**_same("CommDateTime DateTStamp DateTimeEnd", "date"), "Note": "free_text"},
        "document": {
            **_same("DateCreated DateTStamp", "date"), "Note": "free_text",
            **_same("RawBase64 Thumbnail", "other_id"),
        },
        "referral": {
            **_same("LName FName MName", "name"), "SSN": "ssn",
            **_same("Telephone Phone2", "phone"), **_same("Address Address2 City Zip", "address"),
            "EMail": "email", "Note": "free_text", "DateTStamp": "date",
        },
        "refattach": {
            **_same("RefDate DateProcComplete DateTStamp", "date"), "Note": "free_text",
        },
        "payment": {
            **_same("PayDate DateEntry SecDateTEdit RecurringChargeDate", "date"),
            "PayNote": "free_text", "Receipt": "other_id", "ExternalId": "account",
        },
        "paysplit": _same("ProcDate DatePay DateEntry SecDateTEdit", "date"),
        "recall": {
            **_same(
                "DateDueCalc DateDue DatePrevious DateTStamp DisableUntilDate DateScheduled",
                "date",
            ),
            "Note": "free_text",
        },
        "sheet": {**_same("DateTimeSheet DateTSheetEdited", "date"), "InternalNote": "free_text"},
        "sheetfield": {"FieldValue": "other_id", "DateTimeSig": "date"},
    },
    "gnuhealth": {
        "gnuhealth_du": {
            "name": "other_id", "desc": "free_text",
            **_same("address_street address_street_number address_street_bis address_district "
                    "address_municipality address_city address_zip latitude longitude urladdr",
                    "address"),
            **_GH_KEEPING,
        },
        "party_party": {
            **_same("name lastname", "name"), "ref": "ssn", "federation_account": "mrn",
            **_same("activation_date dob", "date"), "photo": "photo", **_GH_KEEPING,
        },
        "gnuhealth_pol": {
            "federation_account": "mrn", "page_date": "date",
            **_same("summary info", "free_text"), **_GH_KEEPING,
        },
        "party_contact_mechanism": {
            **_same("value value_compact", "phone"), **_same("name remarks", "name"),
            "comment": "free_text", **_GH_KEEPING,
        },
        "gnuhealth_person_name": {
            **_same("family given suffix", "name"), **_same("date_from date_to", "date"),
            **_GH_KEEPING,
        },
        "party_address": {
            "party_name": "name", **_same("name street zip city", "address"), **_GH_KEEPING,
        },
        "gnuhealth_family": {"name": "other_id", "info": "free_text", **_GH_KEEPING},
        "gnuhealth_family_member": _GH_KEEPING,
        "gnuhealth_death_underlying_condition": _GH_KEEPING,
        "gnuhealth_insurance": {
            "number": "health_plan", **_same("member_since member_exp", "date"),
            "notes": "free_text", **_GH_KEEPING,
        },
        "gnuhealth_person_alternative_identification": {
            "code": "other_id", "expiration_date": "date", "comments": "free_text",
            **_GH_KEEPING,
        },
        "gnuhealth_birth_certificate": {
            "code": "other_id", **_same("dob certification_date", "date"),
            "observations": "free_text", **_GH_KEEPING,
        },
        "gnuhealth_death_certificate": {
            "code": "other_id", **_same("dod certification_date", "date"),
            "place_details": "address", "observations": "free_text", **_GH_KEEPING,
        },
        "gnuhealth_patient": {**_same("critical_info general_info", "free_text"), **_GH_KEEPING},
        "gnuhealth_patient_disease": {
            **_same("diagnosed_date healed_date date_start_treatment date_stop_treatment", "date"),
            **_same("short_comment treatment_description extra_info", "free_text"),
            **_GH_KEEPING,
        },
        "gnuhealth_appointment": {
            "name": "other_id", **_same("appointment_date checked_in_date", "date"),
            "comments": "free_text", **_GH_KEEPING,
        },
        "gnuhealth_patient_medication": {
            **_same("start_treatment end_treatment", "date"),
            **_same("adverse_reaction notes", "free_text"), **_GH_KEEPING,
        },
        "gnuhealth_vaccination": {
            **_same("date next_dose_date", "date"), "observations": "free_text", **_GH_KEEPING,
        },
        "gnuhealth_prescription_order": {
            "prescription_id": "other_id", "prescription_date": "date", "notes": "free_text",
            **_GH_KEEPING,
        },
        "gnuhealth_prescription_line": {
            **_same("review start_treatment end_treatment", "date"),
            "short_comment": "free_text", **_GH_KEEPING,
        },
        "gnuhealth_patient_evaluation": {
            "code": "other_id", **_same("evaluation_start evaluation_endtime", "date"),
            **_same("chief_complaint notes_complaint present_illness evaluation_summary "
                    "psychological_assessment info_diagnosis directions notes", "free_text"),
            **_GH_KEEPING,
        },
        "gnuhealth_directions": {"comments": "free_text", **_GH_KEEPING},
        "gnuhealth_secondary_condition": {"comments": "free_text", **_GH_KEEPING},
        "gnuhealth_diagnostic_hypothesis": {"comments": "free_text", **_GH_KEEPING},
        "gnuhealth_signs_and_symptoms": {"comments": "free_text", **_GH_KEEPING},
        "gnuhealth_patient_ecg": {
            "ecg_date": "date", "interpretation": "free_text", **_GH_KEEPING,
        },
    },
    "openmaxims": {
        "core_pain": _OM_KEEPING,
        "core_pas_event": {
            **_OM_KEEPING, "eventdatet": "date", "paseventid": "other_id", "pasepisode": "other_id",
        },
        "core_patdiagnosis": {
            **_OM_KEEPING,
            **_same("authoringiauthoringd diagnosedd dateonset dateresolv diagconfi3", "date"),
            "notes": "free_text",
        },
        "core_patient": {
            **_OM_KEEPING,
            **_om_name("name"),
            **_om_address("address"),
            **_om_address("correspond"),
            **_same("nationalhemedicalcar nationalheehicnumber", "health_plan"),
            **_same(
                "nationalheehicexpiry nationalhemedicalca3 dob dod timeofdeat copypatie2 "
                "dementiabr casenotela timeofbirt pdsdatelas",
                "date",
            ),
        },
        "core_patient_addresses": _om_address(""),
        "core_patient_c_identifi": {"c_val": "mrn", **_same("beffdate betdate", "date")},
        "core_patient_commchanne": {
            "commvalue": "phone", "objectiden": "other_id", **_same("beffdate betdate", "date"),
        },
        "core_patient_othernames": _om_name(""),
        "core_patientalertca": _OM_KEEPING,
        "core_patientcasecom": {**_OM_KEEPING, "authoredda": "date", "c_comme": "free_text"},
        "core_patientcasenot": {
            **_OM_KEEPING,
            "trackingid": "other_id",
            **_same(
                "creationda archivedda destroyedd mergeddate scanneddat lasttransf lastreques",
                "date",
            ),
            **_same("archivedco destroyedc scannedcom", "free_text"),
        },
        "core_patientcasereq": {
            **_OM_KEEPING, **_same("requiredby cancelledd creationda printedpul", "date"),
        },
        "core_patientcasetra": {**_OM_KEEPING, "transferda": "date"},
        "core_patientconcern": {
            **_OM_KEEPING,
            **_same("datetimeid datetimeal", "date"),
            **_same("concerndes associated", "free_text"),
        },
        "core_patientcontact": {
            **_OM_KEEPING, "contactnam": "name", "pdsdatelas": "date", "c_comme": "free_text",
        },
        "core_patientcorecli": {
            **_OM_KEEPING,
            **_same(
                "allergyautauthoringd alertauthoauthoringd snstatusauauthoringd "
                "snserviceaauthoringd noallergyw noalertwhe",
                "date",
            ),
        },
        "core_patientcustomi": {**_OM_KEEPING, "addeddatet": "date"},
        "core_patientdiagnos": {**_OM_KEEPING, "authoringd": "date"},
        "core_patientdiary": {
            **_OM_KEEPING,
            **_same("apptdate starttime endtime statusdate bookeddate", "date"),
        },
        "core_patientdocumen": {
            **_OM_KEEPING, **_same("recordingd authoringd documentda lockedonda", "date"),
        },
        "core_patientfamilyh": {
            **_OM_KEEPING,
            "relativena": "name",
            **_same("authoringiauthoringd relativedo", "date"),
            "notes": "free_text",
        },
        "core_patientgp": {
            **_OM_KEEPING, "objectiden": "other_id", **_same("beffdate betdate", "date"),
        },
        "core_patientimplant": {**_OM_KEEPING, **_same("dateinsert dateremove", "date")},
        "core_patientmedical": {
            **_OM_KEEPING,
            "policynumb": "health_plan",
            "authorisat": "other_id",
            **_same("expirydate statuschan", "date"),
        },
        "core_patientmergehi": {"c_comme": "free_text"},
        "core_patientmergehi_patientids": {"c_val": "mrn", **_same("beffdate betdate", "date")},
        "core_patientnoalert": {
            **_OM_KEEPING,
            **_same("authoringiauthoringd recordingirecordingd whenidenti", "date"),
        },
        "core_patientnoaller": {
            **_OM_KEEPING,
            **_same("authoringiauthoringd recordingirecordingd whenidenti", "date"),
        },
        "core_patientnodiagi": {**_OM_KEEPING, "authoringiauthoringd": "date"},
        "core_patientnosuppo": {**_OM_KEEPING, "authoringiauthoringd": "date"},
        "core_patientnosupse": {**_OM_KEEPING, "authoringiauthoringd": "date"},
        "core_patientocsnewr": _OM_KEEPING,
        "core_patientocsnoti": _OM_KEEPING,
        "core_patientocsseen": _OM_KEEPING,
        "core_patientsummary": {**_OM_KEEPING, **_same("preopvteco preopvteva", "date")},
        "core_patienttranspo": {**_OM_KEEPING, "specialreq": "free_text"},
        "core_patprocedure": {
            **_OM_KEEPING,
            **_same(
                "authoringiauthoringd dateplanne procdate proctime cancelledd confirmedd "
                "procenddat procendtim",
                "date",
            ),
            "notes": "free_text",
        },
    },
    # OpenREM: the DICOM study's and patient's attributes and the dose reports' UIDs, times and
    # comments are a patient's; the equipment, staff (operators, physicians, observers), code
    # table, settings, PACS query jobs' status and export/upload jobs are not. A site may store the
    # patient's name, id and accession number hashed (remapp_patientidsettings): the column still
    # holds them, in derived form (as a soundex), so it keeps their class.
    "openrem": {
        "remapp_generalstudymoduleattr": {
            **_same("study_instance_uid study_id accession_number", "other_id"),
            **_same("study_date study_time study_workload_chart_time", "date"),
        },
        "remapp_patientmoduleattr": {
            "patient_name": "name", "patient_id": "mrn", "other_patient_ids": "mrn",
            "patient_birth_date": "date",
        },
        "remapp_patientstudymoduleattr": {"admitting_diagnosis_description": "free_text"},
        "remapp_projectionxrayradiationdose": {"comment": "free_text"},
        "remapp_irradeventxraydata": {
            "irradiation_event_uid": "other_id", "date_time_started": "date",
            "comment": "free_text",
        },
        "remapp_ctradiationdose": {
            **_same("start_of_xray_irradiation end_of_xray_irradiation", "date"),
            "comment": "free_text",
        },
        "remapp_ctaccumulateddosedata": {"comment": "free_text"},
        "remapp_ctirradiationeventdata": {
            "irradiation_event_uid": "other_id", "date_time_started": "date",
            "comment": "free_text",
        },
        "remapp_scanninglength": {"frame_of_reference_uid": "other_id"},
        "remapp_dicomqrrspstudy": {"study_instance_uid": "other_id"},
        "remapp_dicomqrrspseries": {"series_instance_uid": "other_id"},
        "remapp_dicomqrrspimage": {"sop_instance_uid": "other_id"},
    },
    # Round 11 (helper ho9a). PIC, the Paediatric Intensive Care database: MIMIC-III's
    # structure, labelled as MIMIC-III is; its dates are real dates shifted, so dates; the
    # surrogate ids, symptom terms extracted from notes and the surgery ordinals are not.
    "pic": {
        "admissions": {
            **_same("admittime dischtime deathtime edregtime edouttime", "date"),
            "diagnosis": "free_text",
        },
        "chartevents": _same("charttime storetime", "date"),
        "emr_symptoms": {"recordtime": "date"},
        "icustays": _same("intime outtime", "date"),
        "labevents": {"charttime": "date"},
        "microbiologyevents": {"charttime": "date"},
        "or_exam_reports": _same("examtime reporttime", "date"),
        "outputevents": _same("charttime storetime", "date"),
        "patients": _same("dob dod", "date"),
        "prescriptions": _same("startdate enddate", "date"),
        "surgery_vital_signs": {"monitortime": "date"},
    },
    # Synthea's CSV export as ETL-Synthea loads it (Synthea 3.3): simulated patients, labelled as
    # real ones would be. The UUID ids and keys are the export's own (not); organizations,
    # providers and payers are not a patient's.
    "synthea": {
        "allergies": _same("start stop", "date"),
        "careplans": _same("start stop", "date"),
        "conditions": _same("start stop", "date"),
        "encounters": _same("start stop", "date"),
        "immunizations": {"date": "date"},
        "imaging_studies": {"date": "date", **_same("series_uid instance_uid", "other_id")},
        "medications": _same("start stop", "date"),
        "observations": {"date": "date"},
        "patients": {
            **_same("birthdate deathdate", "date"), "ssn": "ssn", "drivers": "licence",
            "passport": "other_id", **_same("first middle last maiden", "name"),
            **_same("birthplace address city county fips zip lat lon", "address"),
        },
        "procedures": _same("start stop", "date"),
        "devices": {**_same("start stop", "date"), "udi": "device_id"},
        "claims": _same(
            "currentillnessdate servicedate lastbilleddate1 lastbilleddate2 lastbilleddatep", "date"
        ),
        "claims_transactions": {
            **_same("fromdate todate", "date"), "linenote": "free_text",
            "patientinsuranceid": "health_plan",
        },
        "payer_transitions": {
            "memberid": "health_plan", **_same("start_date end_date", "date"), "owner_name": "name",
        },
        "supplies": {"date": "date"},
    },
    # DHIS2 tracker (2.30 base schema): the tracked entity instance (the registered person) and its
    # enrolments, events, attribute and data values, comments, relationships, ownership and
    # messages are a patient's; programs, stages, attributes, rules and the other metadata are
    # configuration. The person's identifiers are EAV rows (trackedentityattributevalue.value, as
    # OpenMRS's person_attribute.value); event data values are clinical-form EAV answers (not).
    # Access and value audits' own times are audit-log times, the notification queue's times a
    # job's (not).
    "dhis": {
        "trackedentityinstance": {
            **_DHIS_KEEPING, "lastsynchronized": "date", "coordinates": "address",
        },
        "trackedentityattributevalue": {
            **_same("created lastupdated", "date"),
            **_same("value encryptedvalue", "other_id"),
        },
        "trackedentityattributevalueaudit": _same("value encryptedvalue", "other_id"),
        "trackedentitycomment": {
            **_same("created lastupdated", "date"), "commenttext": "free_text",
        },
        "trackedentitydatavalue": _same("created lastupdated", "date"),
        "trackedentityprogramowner": _same("created lastupdated", "date"),
        "programinstance": {
            **_DHIS_KEEPING,
            **_same("incidentdate enrollmentdate enddate", "date"),
            **_same("longitude latitude", "address"),
        },
        "programstageinstance": {
            **_DHIS_KEEPING,
            **_same("lastsynchronized duedate executiondate completeddate", "date"),
            "geometry": "address",
        },
        "programmessage": {
            **_same("created lastupdated processeddate", "date"), "text": "free_text",
        },
        "programmessage_emailaddresses": {"email": "email"},
        "programmessage_phonenumbers": {"phonenumber": "phone"},
        "programownershiphistory": _same("startdate enddate", "date"),
        "programtempownershipaudit": {"reason": "free_text"},
        "relationship": _same("created lastupdated", "date"),
    },
    # MOVER (UC Irvine's operating-room repository), its EPIC EMR tables and flowsheets as a
    # researcher's loader types them: MRN and LOG_ID are the release's de-identified codes for the
    # patient and the case (not, as eICU's uniquepid); BIRTH_DATE holds the age in years (not);
    # every time on a patient's row is a date, the LDA's system-built description carries the
    # placement date; SmartData complication detail and an anesthesia event's note are free text,
    # charted flowsheet and LDA property values are not.
    "mover": {
        "patient_information": _same(
            "HOSP_ADMSN_TIME HOSP_DISCH_TIME SURGERY_DATE IN_OR_DTTM OUT_OR_DTTM "
            "AN_START_DATETIME AN_STOP_DATETIME",
            "date",
        ),
        "patient_labs": {"Collection_Datetime": "date"},
        "patient_lda": _same("description placement_instant removal_instant", "date"),
        "patient_medications": _same("ORDERING_DATE START_DATE END_DATE MED_ACTION_TIME", "date"),
        "patient_post_op_complications": {"SMRTDTA_ELEM_VALUE": "free_text"},
        "patient_procedure_events": {"EVENT_TIME": "date", "NOTE_TEXT": "free_text"},
        "flowsheets": {"RECORDED_TIME": "date"},
    },
    # MIMIC-IV's ED and Note modules (mimic-code's PostgreSQL scripts), labelled as MIMIC-IV is:
    # subject_id, hadm_id, stay_id and the composite note_id are the database's pseudonymous keys
    # (not); shifted dates are dates; the triage chief complaint and the notes' text are free text;
    # pain scores typed as text, heart rhythm and the detail tables' author, exam and code fields
    # are not.
    "mimicednote": {
        "edstays": _same("intime outtime", "date"),
        "medrecon": {"charttime": "date"},
        "pyxis": {"charttime": "date"},
        "triage": {"chiefcomplaint": "free_text"},
        "vitalsign": {"charttime": "date"},
        "discharge": {**_same("charttime storetime", "date"), "text": "free_text"},
        "radiology": {**_same("charttime storetime", "date"), "text": "free_text"},
    },
    "chits": {
        "m_patient": {
            **_same("patient_lastname patient_firstname patient_middle patient_mother", "name"),
            **_same("patient_dob registration_date", "date"),
        },
        "m_family_address": {"address": "address"},
        "m_consult": _same("consult_timestamp consult_end consult_date", "date"),
        "m_consult_vitals": {"vitals_timestamp": "date"},
        "m_consult_diagnosis": {"diagnosis_text": "free_text"},
        "m_consult_ptgroup": {"ptgroup_timestamp": "date"},
        "m_consult_complaint": {"complaint_timestamp": "date"},
        "m_consult_notes": {
            **_same("notes_complaint notes_history notes_physicalexam notes_plan", "free_text"),
            **_same(
                "notes_timestamp vita_date anemia_start_date anemia_completed_date diarrhea_ort "
                "diarrhea_ors diarrhea_orswz pneumonia_date_given",
                "date",
            ),
        },
        "m_consult_notes_dxclass": _same("diagnosis_date diagnosis_timestamp", "date"),
        "m_consult_notes_complaint": _same("complaint_date complaint_timestamp", "date"),
        "m_consult_appointments": _same("visit_date schedule_timestamp actual_date", "date"),
        "m_consult_lab": _same("request_timestamp done_timestamp", "date"),
        "m_consult_mc_labs_request": {"request_timestamp": "date"},
        "m_patient_mc": _same(
            "mc_timestamp mc_consult_date patient_lmp patient_edc trimester1_date "
            "trimester2_date trimester3_date postpartum_date delivery_date",
            "date",
        ),
        "m_consult_mc_prenatal": _same("prenatal_timestamp prenatal_date", "date"),
        "m_consult_mc_postpartum": _same("postpartum_timestamp postpartum_date", "date"),
        "m_consult_mc_visit_risk": {"risk_timestamp": "date"},
        "m_consult_mc_services": {"mc_timestamp": "date"},
        "m_consult_mc_vaccine": _same("vaccine_timestamp actual_vaccine_date", "date"),
        "m_patient_ntp": {
            **_same(
                "ntp_consult_date intensive_start_date maintenance_start_date treatment_end_date "
                "intensive_projected_end_date maintenance_projected_end_date ntp_timestamp "
                "sputum1_date sputum2_date sputum3_date",
                "date",
            ),
            "contact_person": "name",
        },
        "m_consult_ntp_sputum": {"sputum_exam_date": "date"},
        "m_consult_ntp_collection_maintenance": {
            **_same("ntp_timestamp treatment_date", "date"), "remarks": "free_text",
        },
        "m_consult_ntp_due_dates": {
            **_same("ntp_timestamp treatment_due_date treatment_actual_date", "date"),
            "remarks": "free_text",
        },
        "m_consult_ntp_intake_intensive": {
            **_same("ntp_timestamp treatment_date", "date"), "remarks": "free_text",
        },
        "m_consult_ntp_labs_request": {"request_timestamp": "date"},
        "m_consult_ntp_symptomatics": {
            **_same("xray_date_referred xray_date_received date_updated", "date"),
            "remarks": "free_text",
        },
        "m_consult_ccdev_services": {"ccdev_timestamp": "date"},
        "m_consult_ccdev_vaccine": _same("vaccine_timestamp actual_vaccine_date", "date"),
        "m_patient_ccdev": {
            **_same("mother_name father_name", "name"),
            **_same("ccdev_timestamp ccdev_dob fully_immunized_date civil_registry_date", "date"),
            "delivery_location": "address",
        },
    },
    "erpnext": {
        "tabTherapy Session": {
            **_FRAPPE_KEEPING, "patient_name": "name", **_same("start_date start_time", "date"),
        },
        "tabTherapy Plan": {
            **_FRAPPE_KEEPING, **_same("patient_name title", "name"), "start_date": "date",
        },
        "tabPatient Assessment": {**_FRAPPE_KEEPING, "assessment_datetime": "date"},
        "tabSample Collection": {
            **_FRAPPE_KEEPING, "collected_time": "date", "sample_collection_details": "free_text",
        },
        "tabPatient Medical Record": {
            **_FRAPPE_KEEPING, "communication_date": "date", "subject": "free_text",
        },
        "tabFee Validity": {**_FRAPPE_KEEPING, "valid_till": "date"},
        "tabInpatient Medication Order": {
            **_FRAPPE_KEEPING, "patient_name": "name", **_same("start_date end_date", "date"),
        },
        "tabInpatient Medication Order Entry": {**_FRAPPE_KEEPING, **_same("date time", "date")},
        "tabInpatient Medication Entry": {
            **_FRAPPE_KEEPING,
            **_same("posting_date from_date to_date from_time to_time", "date"),
        },
        "tabInpatient Medication Entry Detail": {
            **_FRAPPE_KEEPING, "patient_name": "name", "datetime": "date",
            "instructions": "free_text",
        },
        "tabHealthcare Insurance Subscription": {
            **_FRAPPE_KEEPING, **_same("patient_name customer title", "name"),
            "mobile_number": "phone", "subscription_end_date": "date",
        },
        "tabHealthcare Insurance Claim": {
            **_FRAPPE_KEEPING, "patient_name": "name",
            **_same("claim_posting_date approval_validity_end_date sales_invoice_posting_date "
                    "billing_date", "date"),
        },
        "tabHealthcare Service Order": {
            **_FRAPPE_KEEPING, **_same("patient_name title", "name"),
            **_same("order_date order_time expected_date occurrence_date occurrence_time "
                    "patient_birth_date", "date"),
            "patient_email": "email", "patient_mobile": "phone",
            **_same("order_description patient_instructions", "free_text"),
        },
        "tabExercise": _FRAPPE_KEEPING,
        "tabPatient Assessment Sheet": {**_FRAPPE_KEEPING, "time": "date", "comments": "free_text"},
        "tabHealthcare Insurance Payment Request Item": {**_FRAPPE_KEEPING, "patient_name": "name"},
    },
    # Round 13 (ho9e): the Tuva Project's input layer, labelled from its column descriptions
    # (dbt_doc_blocks/column_descriptions.md) before any scan.
    "tuva": {
        "appointment": {
            "patient_id": "mrn", "encounter_id": "other_id",
            **_same("start_datetime end_datetime", "date"),
            "reason": "free_text",
        },
        "eligibility": {
            **_same("member_id subscriber_id", "health_plan"),
            **_same("birth_date death_date enrollment_start_date enrollment_end_date", "date"),
            **_same("group_name first_name middle_name last_name", "name"),
            "social_security_number": "ssn",
            **_same("address city zip_code", "address"),
            "phone": "phone", "email": "email",
        },
        "immunization": {
            "patient_id": "mrn", "encounter_id": "other_id", "occurrence_date": "date",
        },
        "lab_result": {
            "patient_id": "mrn", **_same("encounter_id accession_number", "other_id"),
            **_same("result_datetime collection_datetime", "date"),
        },
        "medical_claim": {
            "claim_id": "other_id", "member_id": "health_plan",
            **_same(
                "claim_start_date claim_end_date claim_line_start_date claim_line_end_date "
                "admission_date discharge_date paid_date "
                + " ".join(f"procedure_date_{n}" for n in range(1, 26)),
                "date",
            ),
        },
        "observation": {
            "patient_id": "mrn", "encounter_id": "other_id", "observation_date": "date",
        },
        "pharmacy_claim": {
            "claim_id": "other_id", "member_id": "health_plan",
            **_same("dispensing_date paid_date", "date"),
        },
        "provider_attribution": {"patient_id": "mrn", "year_month": "date"},
    },
    # Round 13 (ho9e): CMS's Claim and Claim Line Feed files as the Tuva Medicare CCLF
    # connector loads them (every field text), labelled from its field descriptions
    # (descriptions/cclf_field_descriptions.md) before any scan.
    "cclf": {
        "parta_claims_header": {
            **_same("BENE_MBI_ID BENE_HIC_NUM BENE_EQTBL_BIC_HICN_NUM", "health_plan"),
            **_same("CUR_CLM_UNIQ_ID CLM_CNTL_NUM CLM_ORG_CNTL_NUM", "other_id"),
            **_same("CLM_FROM_DT CLM_THRU_DT CLM_EFCTV_DT", "date"),
        },
        "parta_claims_revenue_center_detail": {
            **_same("BENE_MBI_ID BENE_HIC_NUM BENE_EQTBL_BIC_HICN_NUM", "health_plan"),
            "CUR_CLM_UNIQ_ID": "other_id",
            **_same(
                "CLM_LINE_FROM_DT CLM_LINE_THRU_DT CLM_LINE_INSTNL_REV_CTR_DT CLM_FROM_DT "
                "CLM_THRU_DT",
                "date",
            ),
        },
        "parta_diagnosis_code": {
            **_same("BENE_MBI_ID BENE_HIC_NUM BENE_EQTBL_BIC_HICN_NUM", "health_plan"),
            "CUR_CLM_UNIQ_ID": "other_id",
            **_same("CLM_FROM_DT CLM_THRU_DT", "date"),
        },
        "parta_procedure_code": {
            **_same("BENE_MBI_ID BENE_HIC_NUM BENE_EQTBL_BIC_HICN_NUM", "health_plan"),
            "CUR_CLM_UNIQ_ID": "other_id",
            **_same("CLM_PRCDR_PRFRM_DT CLM_FROM_DT CLM_THRU_DT", "date"),
        },
        "partb_dme": {
            **_same("BENE_MBI_ID BENE_HIC_NUM BENE_EQTBL_BIC_HICN_NUM", "health_plan"),
            **_same("CUR_CLM_UNIQ_ID CLM_CNTL_NUM", "other_id"),
            **_same(
                "CLM_FROM_DT CLM_THRU_DT CLM_LINE_FROM_DT CLM_LINE_THRU_DT CLM_EFCTV_DT", "date"
            ),
        },
        "partb_physicians": {
            **_same("BENE_MBI_ID BENE_HIC_NUM BENE_EQTBL_BIC_HICN_NUM", "health_plan"),
            **_same("CUR_CLM_UNIQ_ID CLM_CNTL_NUM", "other_id"),
            **_same(
                "CLM_FROM_DT CLM_THRU_DT CLM_LINE_FROM_DT CLM_LINE_THRU_DT CLM_EFCTV_DT", "date"
            ),
        },
        "partd_claims": {
            **_same("BENE_MBI_ID BENE_HIC_NUM", "health_plan"),
            **_same("CUR_CLM_UNIQ_ID CLM_LINE_RX_SRVC_RFRNC_NUM", "other_id"),
            **_same("CLM_LINE_FROM_DT CLM_EFCTV_DT", "date"),
        },
        "beneficiary_demographics": {
            **_same("BENE_MBI_ID BENE_HIC_NUM", "health_plan"),
            **_same(
                "BENE_FIPS_CNTY_CD BENE_ZIP_CD BENE_LINE_1_ADR BENE_LINE_2_ADR BENE_LINE_3_ADR "
                "BENE_LINE_4_ADR BENE_LINE_5_ADR BENE_LINE_6_ADR GEO_ZIP_PLC_NAME GEO_ZIP5_CD "
                "GEO_ZIP4_CD",
                "address",
            ),
            **_same(
                "BENE_DOB BENE_DEATH_DT BENE_RNG_BGN_DT BENE_RNG_END_DT "
                "BENE_PART_A_ENRLMT_BGN_DT BENE_PART_B_ENRLMT_BGN_DT",
                "date",
            ),
            **_same("BENE_1ST_NAME BENE_MIDL_NAME BENE_LAST_NAME", "name"),
        },
        "beneficiary_xref": {
            **_same("CRNT_NUM PRVS_NUM BENE_RRB_NUM", "health_plan"),
            **_same("PRVS_ID_EFCTV_DT PRVS_ID_OBSLT_DT", "date"),
        },
        "enrollment": {
            "CURRENT_BENE_MBI_ID": "health_plan",
            **_same("ENROLLMENT_START_DATE ENROLLMENT_END_DATE BENE_MEMBER_MONTH", "date"),
        },
        "parta_demo_codes": {
            **_same("BENE_MBI_ID BENE_HIC_NUM", "health_plan"),
            "CUR_CLM_UNIQ_ID": "other_id",
            "CLM_ACTV_CARE_FROM_DT": "date",
        },
        "partb_demo_codes": {
            **_same("BENE_MBI_ID BENE_HIC_NUM", "health_plan"),
            "CUR_CLM_UNIQ_ID": "other_id",
        },
    },
    "kenyaemr": {
        "etl_patient_demographics": {
            **_same("given_name middle_name family_name next_of_kin", "name"),
            **_same("DOB death_date", "date"),
            "national_id_no": "ssn",
            **_same("unique_patient_no patient_clinic_number", "mrn"),
            **_same("Tb_no district_reg_no hei_no", "other_id"),
            **_same("phone_number next_of_kin_phone", "phone"),
            "birth_place": "address",
            "email_address": "email",
        },
        "etl_hiv_enrollment": {
            **_same(
                "visit_date date_first_enrolled_in_care transfer_in_date "
                "date_started_art_at_transferring_facility date_confirmed_hiv_positive "
                "date_of_discontinuation date_created",
                "date",
            ),
            "name_of_treatment_supporter": "name",
            "treatment_supporter_telephone": "phone",
            "treatment_supporter_address": "address",
        },
        "etl_patient_hiv_followup": {
            **_same(
                "visit_date date_created substitution_first_line_regimen_date "
                "substitution_second_line_regimen_date second_line_regimen_change_date "
                "expected_delivery_date last_menstrual_period next_appointment_date",
                "date",
            ),
            "clinical_notes": "free_text",
            **_same("anc_number tb_treatment_no", "other_id"),
        },
        "etl_laboratory_extract": _same(
            "visit_date date_test_requested date_test_result_received date_created", "date"
        ),
        "etl_pharmacy_extract": {
            **_same("visit_date date_of_refill date_created date_voided", "date"),
            "adverse_effects": "free_text",
        },
        "etl_patient_program_discontinuation": _same("visit_date date_died transfer_date", "date"),
        "etl_mch_enrollment": {
            **_same(
                "visit_date first_anc_visit_date lmp edd_ultrasound hiv_test_date "
                "partner_hiv_test_date date_of_discontinuation",
                "date",
            ),
            "anc_number": "other_id",
        },
        "etl_mch_antenatal_visit": {
            **_same("visit_date next_appointment_date", "date"),
            "clinical_notes": "free_text",
        },
        "etl_mchs_delivery": {
            **_same("visit_date data_entry_date date_of_delivery", "date"),
            "condition_of_mother": "free_text",
        },
        "etl_mch_postnatal_visit": {
            "visit_date": "date",
            **_same(
                "uterus_examination uterus_cervix_examination vaginal_examination "
                "parametrial_examination external_genitalia_examination ovarian_examination "
                "pelvic_lymph_node_exam",
                "free_text",
            ),
        },
        "etl_hei_enrollment": {
            **_same(
                "visit_date date_first_seen transfer_in_date date_first_enrolled_in_hei_care "
                "exit_date",
                "date",
            ),
            **_same(
                "hei_id_number birth_notification_number birth_certificate_number", "other_id"
            ),
            **_same("spd_number parent_ccc_number", "mrn"),
        },
        "etl_hei_follow_up_visit": {
            **_same(
                "visit_date dna_pcr_sample_date dna_pcr_results_date first_antibody_sample_date "
                "first_antibody_result_date final_antibody_sample_date final_antibody_result_date "
                "next_appointment_date",
                "date",
            ),
            **_same(
                "dna_pcr_dbs_sample_code first_antibody_dbs_sample_code "
                "final_antibody_dbs_sample_code",
                "other_id",
            ),
        },
        "etl_tb_enrollment": {
            **_same(
                "visit_date date_treatment_started referral_date date_transferred_in "
                "date_first_enrolled_in_tb_care treatment_outcome_date date_of_discontinuation",
                "date",
            ),
            "district_registration_number": "other_id",
            "treatment_supporter": "name",
            "treatment_supporter_address": "address",
            "treatment_supporter_phone_contact": "phone",
        },
        "etl_tb_follow_up_visit": {
            **_same("visit_date date_test_done test_date next_appointment_date", "date"),
            "result_serial_number": "other_id",
        },
        "etl_tb_screening": {
            **_same("visit_date tb_treatment_start_date", "date"),
            "notes": "free_text",
        },
        "etl_patients_booked_today": {"last_visit_date": "date"},
        "etl_missed_appointments": _same("last_tca_date last_visit_date", "date"),
        "etl_drug_event": _same("date_started date_discontinued", "date"),
        "etl_hts_test": {
            **_same("date_created visit_date", "date"),
            "remarks": "free_text",
        },
        "etl_hts_referral_and_linkage": {
            **_same("date_created visit_date", "date"),
            "ccc_number": "mrn",
        },
        "etl_ipt_screening": {"visit_date": "date"},
        "etl_ipt_follow_up": {
            **_same("visit_date ipt_due_date date_collected_ipt date_of_outcome", "date"),
            "action_taken": "free_text",
        },
    },
    "ohccare": {
        "facility_patientregistration": {
            **_same(
                "created_date modified_date date_of_birth estimated_contact_date date_of_return "
                "review_time date_of_receipt_of_information date_of_test date_of_result "
                "last_vaccinated_date date_declared_positive",
                "date",
            ),
            **_same("name cluster_name instituion_of_health_care_worker", "name"),
            **_same("phone_number emergency_phone_number", "phone"),
            **_same("address permanent_address pincode village ward_old", "address"),
            **_same("passport_no test_id srf_id covin_id", "other_id"),
            **_same("allergies present_health ongoing_medication transit_details", "free_text"),
        },
        "facility_historicalpatientregistration": {
            **_same(
                "created_date modified_date date_of_birth estimated_contact_date date_of_return "
                "review_time date_of_receipt_of_information date_of_test date_of_result "
                "last_vaccinated_date date_declared_positive history_date",
                "date",
            ),
            **_same("name cluster_name instituion_of_health_care_worker", "name"),
            **_same("phone_number emergency_phone_number", "phone"),
            **_same("address permanent_address pincode village ward_old", "address"),
            **_same("passport_no test_id srf_id covin_id", "other_id"),
            **_same("allergies present_health ongoing_medication transit_details", "free_text"),
        },
        "facility_patientconsultation": {
            **_same(
                "created_date modified_date symptoms_onset_date admission_date discharge_date "
                "death_datetime kasp_enabled_date investigation procedure intubation_history",
                "date",
            ),
            **_same("ip_no op_no", "other_id"),
            **_same(
                "diagnosis other_symptoms examination_details history_of_present_illness "
                "prescribed_medication consultation_notes course_in_facility discharge_notes "
                "operation special_instruction",
                "free_text",
            ),
        },
        "facility_dailyround": {
            **_same("created_date modified_date temperature_measured_at taken_at", "date"),
            **_same(
                "physical_examination_info other_symptoms other_details "
                "consciousness_level_detail left_pupil_size_detail "
                "left_pupil_light_reaction_detail right_pupil_size_detail "
                "right_pupil_light_reaction_detail rhythm_detail pain_scale_enhanced "
                "pressure_sore nursing",
                "free_text",
            ),
        },
        "facility_consultationbed": _same("created_date modified_date start_date end_date", "date"),
        "facility_patientsample": {
            **_same("created_date modified_date date_of_sample date_of_result", "date"),
            **_same(
                "diagnosis diff_diagnosis etiology_identified atypical_presentation fast_track",
                "free_text",
            ),
        },
        "facility_patientsampleflow": {
            **_same("created_date modified_date", "date"),
            "notes": "free_text",
        },
        "facility_shiftingrequest": {
            **_same("created_date modified_date", "date"),
            **_same("reason comments", "free_text"),
        },
        "facility_shiftingrequestcomment": {
            **_same("created_date modified_date", "date"),
            "comment": "free_text",
        },
        "facility_prescriptionsupplier": {
            **_same("created_date modified_date", "date"),
            "remarks": "free_text",
        },
        "facility_prescription": {
            **_same("created_date modified_date discontinued_date", "date"),
            **_same("indicator notes", "free_text"),
        },
        "facility_medicineadministration": {
            **_same("created_date modified_date administered_date", "date"),
            "notes": "free_text",
        },
        "facility_patientteleconsultation": {
            "created_date": "date",
            **_same("other_symptoms reason", "free_text"),
        },
        "facility_patientsearch": {
            "name": "name",
            "phone_number": "phone",
            "date_of_birth": "date",
        },
        "facility_patientnotes": {
            **_same("created_date modified_date", "date"),
            "note": "free_text",
        },
        "facility_investigationvalue": {
            **_same("created_date modified_date", "date"),
            "notes": "free_text",
        },
        "facility_investigationsession": _same("created_date modified_date", "date"),
        "facility_patientexternaltest": {
            **_same(
                "created_date modified_date sample_collection_date result_date", "date"
            ),
            "srf_id": "other_id",
            "name": "name",
            "address": "address",
            "mobile_number": "phone",
        },
        "facility_patientmobileotp": {"phone_number": "phone"},
        "facility_patientcontactdetails": _same(
            "date_of_first_contact date_of_last_contact", "date"
        ),
        "facility_disease": {"details": "free_text"},
        "facility_fileupload": _same("created_date modified_date archived_datetime", "date"),
        "facility_notification": {"message": "free_text"},
    },
    "medplum": {
        **{f"{name}_History": _MP_KEEPING for name in _MP_PATIENT_RESOURCES.split()},
        "Appointment": {
            **_MP_RECORD,
            **_same("date end", "date"),
            **_same("__patientIdentifierSort __actorIdentifierSort", "mrn"),
            **_same(
                "__basedOnIdentifierSort __reasonReferenceIdentifierSort "
                "__supportingInfoIdentifierSort",
                "other_id",
            ),
        },
        "AppointmentResponse": {
            **_MP_RECORD,
            **_same("__patientIdentifierSort __actorIdentifierSort", "mrn"),
            "__appointmentIdentifierSort": "other_id",
        },
        "AuditEvent": {
            "content": "other_id",
            "address": "ip",
            **_same("agentName entityName", "name"),
            **_same("altid __agentIdentifierSort __entityIdentifierSort", "other_id"),
            **_same("__patientIdentifierSort ___compartmentIdentifierSort", "mrn"),
        },
        "AuditEvent_History": {"content": "other_id"},
        "Claim": {
            **_MP_RECORD,
            "created": "date",
            "__patientIdentifierSort": "mrn",
            "__encounterIdentifierSort": "other_id",
            **_same(
                "__itemUdiIdentifierSort __detailUdiIdentifierSort __procedureUdiIdentifierSort "
                "__subdetailUdiIdentifierSort",
                "device_id",
            ),
        },
        "ClaimResponse": {
            **_MP_RECORD,
            **_same("created paymentDate", "date"),
            "__patientIdentifierSort": "mrn",
            "__requestIdentifierSort": "other_id",
        },
        "Communication": {
            **_MP_RECORD,
            **_same("sent received", "date"),
            **_same(
                "__patientIdentifierSort __subjectIdentifierSort __recipientIdentifierSort "
                "__senderIdentifierSort",
                "mrn",
            ),
            **_same(
                "__encounterIdentifierSort __basedOnIdentifierSort __partOfIdentifierSort",
                "other_id",
            ),
        },
        "Condition": {
            **_MP_RECORD,
            **_same(
                "abatementDate onsetDate recordedDate assertedDate abatementString onsetInfo",
                "date",
            ),
            **_same("__patientIdentifierSort __subjectIdentifierSort", "mrn"),
            **_same("__encounterIdentifierSort __evidenceDetailIdentifierSort", "other_id"),
        },
        "Coverage": {
            **_MP_RECORD,
            **_same("__identifier __identifierSort", "health_plan"),
            **_same("__beneficiaryIdentifierSort __patientIdentifierSort", "mrn"),
            **_same("__subscriberIdentifierSort __policyHolderIdentifierSort", "other_id"),
        },
        "DiagnosticReport": {
            **_MP_RECORD,
            **_same("date issued", "date"),
            **_same("__patientIdentifierSort __subjectIdentifierSort", "mrn"),
            **_same(
                "__encounterIdentifierSort __basedOnIdentifierSort __mediaIdentifierSort "
                "__specimenIdentifierSort __studyIdentifierSort __resultIdentifier "
                "__resultIdentifierSort",
                "other_id",
            ),
        },
        "DocumentReference": {
            **_MP_RECORD,
            **_same("date period", "date"),
            **_same("__patientIdentifierSort __subjectIdentifierSort", "mrn"),
            **_same(
                "__encounterIdentifierSort __relatedIdentifierSort __relatestoIdentifierSort",
                "other_id",
            ),
        },
        "Encounter": {
            **_MP_RECORD,
            **_same("date locationPeriod", "date"),
            **_same("__patientIdentifierSort __subjectIdentifierSort", "mrn"),
            "__accountIdentifierSort": "account",
            **_same(
                "__appointmentIdentifierSort __basedOnIdentifierSort __diagnosisIdentifierSort "
                "__episodeOfCareIdentifierSort __partOfIdentifierSort "
                "__reasonReferenceIdentifierSort",
                "other_id",
            ),
        },
        "MedicationRequest": {
            **_MP_RECORD,
            **_same("authoredon date", "date"),
            **_same("__patientIdentifierSort __subjectIdentifierSort", "mrn"),
            "__encounterIdentifierSort": "other_id",
        },
        "Observation": {
            **_MP_RECORD,
            **_same("date valueDate", "date"),
            "valueString": "free_text",
            **_same(
                "__patientIdentifier __patientIdentifierSort __subjectIdentifier "
                "__subjectIdentifierSort",
                "mrn",
            ),
            **_same(
                "__encounterIdentifierSort __basedOnIdentifierSort __derivedFromIdentifierSort "
                "__focusIdentifierSort __hasMemberIdentifierSort __partOfIdentifierSort "
                "__specimenIdentifierSort",
                "other_id",
            ),
        },
        "Patient": {
            **_MP_RECORD,
            **_same("__identifier __identifierSort __linkIdentifierSort", "mrn"),
            **_same("birthdate deathDate", "date"),
            **_MP_CONTACT,
        },
        "Person": {
            **_MP_RECORD,
            "birthdate": "date",
            **_MP_CONTACT,
            **_same("__patientIdentifierSort __linkIdentifierSort", "mrn"),
            "__relatedpersonIdentifierSort": "other_id",
        },
        "RelatedPerson": {
            **_MP_RECORD,
            "birthdate": "date",
            **_MP_CONTACT,
            "__patientIdentifierSort": "mrn",
        },
        "User": {
            **_MP_KEEPING,
            "email": "email",
            **_same("externalId __identifier __identifierSort", "other_id"),
        },
        "ProjectMembership": {
            **_MP_KEEPING,
            **_same(
                "userName externalId __identifier __identifierSort __userIdentifierSort", "other_id"
            ),
            "__profileIdentifierSort": "mrn",
        },
        "Login": {"content": "other_id"},
        "Login_History": {"content": "other_id"},
        "Address": _same("address city postalCode", "address"),
        "ContactPoint": {"value": "phone"},
        "Identifier": {"value": "other_id"},
        "HumanName": _same("name given family", "name"),
    },
    # Avni (avni-server's PostgreSQL schema after its Flyway migrations, from a pg_dump of a freshly
    # migrated test database): the subject's registration answers (individual.observations) and a
    # task's metadata are site-configured person attributes (other_id, as DHIS2's attribute values);
    # enrolment, encounter, checklist, exit, cancellation and eligibility answers are EAV answers of
    # clinical forms (not); legacy_id is the id in the previous system (mrn on the subject, other_id
    # on enrolments and visits); record-keeping and sync-disabled times date the subject's rows and
    # link rows; manual_update_history (support's dated notes on a row) and comments are free text;
    # the message queues, telemetry, audit and configuration tables are not a patient's.
    "avni": {
        "checklist": {
            **_same(
                "base_date created_date_time last_modified_date_time sync_disabled_date_time",
                "date",
            ),
            "manual_update_history": "free_text",
        },
        "checklist_item": {
            **_same(
                "completion_date created_date_time last_modified_date_time "
                "sync_disabled_date_time",
                "date",
            ),
            "manual_update_history": "free_text",
        },
        "comment": {
            **_same("created_date_time last_modified_date_time sync_disabled_date_time", "date"),
            "text": "free_text",
        },
        "comment_thread": _same(
            "open_date_time resolved_date_time created_date_time last_modified_date_time "
            "sync_disabled_date_time",
            "date",
        ),
        "encounter": {
            **_same(
                "encounter_date_time earliest_visit_date_time max_visit_date_time "
                "cancel_date_time created_date_time last_modified_date_time "
                "sync_disabled_date_time",
                "date",
            ),
            **_same("encounter_location cancel_location", "address"),
            "legacy_id": "other_id",
            "manual_update_history": "free_text",
        },
        "entity_approval_status": {
            **_same(
                "status_date_time created_date_time last_modified_date_time "
                "sync_disabled_date_time",
                "date",
            ),
            "approval_status_comment": "free_text",
        },
        "group_subject": _same(
            "membership_start_date membership_end_date created_date_time "
            "last_modified_date_time sync_disabled_date_time",
            "date",
        ),
        "identifier_assignment": {"identifier": "mrn", "last_modified_date_time": "date"},
        "individual": {
            **_same("first_name last_name middle_name", "name"),
            **_same(
                "date_of_birth registration_date created_date_time last_modified_date_time "
                "sync_disabled_date_time",
                "date",
            ),
            **_same("registration_location subject_location", "address"),
            "observations": "other_id",
            "legacy_id": "mrn",
            "manual_update_history": "free_text",
        },
        "program_enrolment": {
            **_same(
                "enrolment_date_time program_exit_date_time created_date_time "
                "last_modified_date_time sync_disabled_date_time",
                "date",
            ),
            **_same("enrolment_location exit_location", "address"),
            "legacy_id": "other_id",
            "manual_update_history": "free_text",
        },
        "individual_relationship": _same(
            "enter_date_time exit_date_time created_date_time last_modified_date_time "
            "sync_disabled_date_time",
            "date",
        ),
        "individual_relative": _same(
            "enter_date_time exit_date_time created_date_time last_modified_date_time", "date"
        ),
        "manual_message": {
            **_same("created_date_time last_modified_date_time next_trigger_details", "date"),
            "parameters": "free_text",
        },
        "program_encounter": {
            **_same(
                "earliest_visit_date_time encounter_date_time max_visit_date_time "
                "cancel_date_time created_date_time last_modified_date_time "
                "sync_disabled_date_time",
                "date",
            ),
            **_same("encounter_location cancel_location", "address"),
            "legacy_id": "other_id",
            "manual_update_history": "free_text",
        },
        "subject_migration": {
            **_same("created_date_time last_modified_date_time sync_disabled_date_time", "date"),
            "manual_update_history": "free_text",
        },
        "subject_program_eligibility": _same(
            "check_date created_date_time last_modified_date_time sync_disabled_date_time",
            "date",
        ),
        "task": {
            **_same(
                "scheduled_on completed_on created_date_time last_modified_date_time", "date"
            ),
            "metadata": "other_id",
            "manual_update_history": "free_text",
        },
        "task_unassignment": _same("created_date_time last_modified_date_time", "date"),
        "user_subject_assignment": _same(
            "created_date_time last_modified_date_time sync_disabled_date_time", "date"
        ),
    },
    # OpenSRP server core (MyBatis migrations of opensrp-server-configs): the clients'
    # and events' whole JSON documents, the columns their metadata tables copy out of them,
    # the alerts, actions and tasks about a client, and the residential structures (the
    # households' dwellings, whose GeoJSON geometry is a geocode) are a patient's; the
    # server-version counters, generated ids (base_entity_id, document_id, openmrs_uuid)
    # and the configuration, jurisdiction, team, stock, plan and OAuth tables are not.
    "opensrp": {
        "client": {"json": "other_id", "date_deleted": "date"},
        "client_metadata": {
            "unique_id": "mrn",
            **_same("first_name middle_name last_name", "name"),
            **_same("birth_date date_deleted date_created date_edited", "date"),
        },
        "event": {"json": "other_id", "date_deleted": "date"},
        "event_metadata": _same("event_date date_created date_edited date_deleted", "date"),
        "action": {"json": "date"},
        "alert": {"json": "date"},
        "multi_media": {"date_uploaded": "date"},
        "task": {"json": "other_id"},
        "task_metadata": _same("date_created date_edited", "date"),
        "structure": _same("json geometry", "address"),
        "structure_metadata": {"name": "address", **_same("date_created date_edited", "date")},
        "unique_id": _same("openmrs_id identifier", "mrn"),
        "sms_api_processing_status": _same(
            "date_created last_updated sms_delivery_date", "date"
        ),
    },
    # EHRbase 2.x (the `ehr` schema its Flyway chain leaves): every stored clinical document
    # (a composition's, an EHR_STATUS's and a folder's row-per-locatable `data`, and the
    # history tables' aggregated `ov_data`) is PHI as a FHIR resource's content is; the
    # version times (`sys_period_lower`/`_upper`), the commit time and the EHR's and a
    # tag's creation times date the patient's record; UUID keys, templates, stored queries,
    # plugins, users and Flyway's history are not.
    "ehrbase": {
        "ehr": {"creation_date": "date"},
        "audit_details": {"time_committed": "date"},
        "comp_version": {"sys_period_lower": "date"},
        "comp_version_history": {
            **_same("sys_period_lower sys_period_upper", "date"),
            "ov_data": "other_id",
        },
        "comp_data": {"data": "other_id"},
        "ehr_status_version": {"sys_period_lower": "date"},
        "ehr_status_version_history": {
            **_same("sys_period_lower sys_period_upper", "date"),
            "ov_data": "other_id",
        },
        "ehr_status_data": {"data": "other_id"},
        "ehr_folder_version": {"sys_period_lower": "date"},
        "ehr_folder_version_history": {
            **_same("sys_period_lower sys_period_upper", "date"),
            "ov_data": "other_id",
        },
        "ehr_folder_data": {"data": "other_id"},
        "ehr_item_tag": _same("creation_date sys_period_lower", "date"),
    },
    # Bahmni's OpenMRS modules: OpenMRS's record-keeping columns (_KEEPING) date the patient
    # on a patient's rows (appointments and their history, schedules and slots, care teams,
    # episodes, bed assignments, program attributes, form drafts) and nothing on configuration,
    # bed, job, feed and audit-log rows.
    "bahmni": {
        "obs_relationship": {"date_created": "date"},
        "patient_program_attribute": {**_KEEPING, "value_reference": "other_id"},
        "notes": {"note_text": "free_text"},
        "form_draft": _KEEPING,
        "patient_appointment": {
            **_KEEPING,
            **_same(
                "start_date_time end_date_time date_appointment_scheduled", "date"
            ),
            "appointment_number": "other_id",
            "comments": "free_text",
        },
        "patient_appointment_audit": {**_KEEPING, "notes": "other_id"},
        "patient_appointment_provider": {**_KEEPING, "comments": "free_text"},
        "patient_appointment_recurring_time": {"end_date": "date"},
        "patient_appointment_reason": _KEEPING,
        "ipd_schedule": {
            **_KEEPING,
            **_same("start_date end_date", "date"),
            "comments": "free_text",
        },
        "ipd_slot": {
            **_KEEPING,
            **_same("start_date_time end_date_time", "date"),
            "comments": "free_text",
        },
        "ipd_reference": _same("date_created date_changed date_retired", "date"),
        "care_team": {**_KEEPING, **_same("start_time end_time", "date")},
        "care_team_participant": {**_KEEPING, **_same("start_time end_time", "date")},
        "episode": {**_KEEPING, **_same("date_started date_ended", "date")},
        "episode_reason": _same("date_created date_voided", "date"),
        "episode_attribute": {**_KEEPING, "value_reference": "other_id"},
        "episode_status_history": _same("date_started date_ended date_created", "date"),
        "bed_patient_assignment_map": {
            **_KEEPING,
            **_same("date_started date_stopped", "date"),
        },
    },
    # OCA vertical-medical (Odoo 10): Odoo's create_date/write_date (as Tryton's, _GH_KEEPING)
    # date the patient on res_partner (shared by patients, physicians, pharmacies and
    # insurers) and on every row of a patient's, and nothing on catalogue and staff rows.
    "ocamedical": {
        "res_partner": {
            **_GH_KEEPING,
            **_same(
                "name display_name firstname lastname alias company_name "
                "commercial_company_name",
                "name",
            ),
            **_same("street street2 zip city", "address"),
            **_same("phone mobile", "phone"),
            **_same("birthdate_date date", "date"),
            "email": "email",
            "fax": "fax",
            "website": "url",
            "comment": "free_text",
            "ref": "account",
            "vat": "ssn",
            "barcode": "other_id",
        },
        "res_partner_id_number": {
            **_GH_KEEPING,
            **_same("date_issued valid_from valid_until", "date"),
            "name": "other_id",
            "comment": "free_text",
        },
        "medical_patient": {
            **_GH_KEEPING,
            "identification_code": "mrn",
            "general_info": "free_text",
            "date_death": "date",
        },
        "medical_insurance_plan": {
            **_GH_KEEPING,
            **_same("member_since member_exp", "date"),
            "number": "health_plan",
        },
        "medical_patient_disease": {
            **_GH_KEEPING,
            **_same(
                "expire_date treatment_start_date treatment_end_date diagnosed_date "
                "healed_date",
                "date",
            ),
            **_same("name short_comment treatment_description notes", "free_text"),
        },
        "medical_patient_medication": {
            **_GH_KEEPING,
            **_same("date_start_treatment date_stop_treatment", "date"),
            **_same("adverse_reaction notes", "free_text"),
        },
        "medical_prescription_order": {
            **_GH_KEEPING,
            "date_prescription": "date",
            "name": "other_id",
            "notes": "free_text",
        },
        "medical_prescription_order_line": _GH_KEEPING,
    },
    # Chikitsa (core install, 2.0.6, MySQL, tables prefixed ck_): ck_contacts is shared by
    # patients, doctors, nurses and users, so it holds the patient's identifiers; ck_users and
    # ck_user_verification serve portal patients (level 'Patient', username = e-mail) beside
    # staff; the appointment's title is the patient's name shown on the calendar; appointment
    # and visit times (kept as text on the visit and the log) date the patient; the typed
    # reasons, visit notes, notes for the patient and a user's to-do text are free text.
    "chikitsa": {
        "ck_appointments": {
            **_same("appointment_date end_date start_time end_time", "date"),
            "title": "name",
            "appointment_reason": "free_text",
        },
        "ck_appointment_log": {
            **_same("change_date_time start_time from_time to_time", "date"),
            "appointment_reason": "free_text",
        },
        "ck_bill": _same("bill_date bill_time", "date"),
        "ck_contacts": {
            **_same("first_name middle_name last_name display_name", "name"),
            **_same("phone_number second_number", "phone"),
            "email": "email",
            **_same("address_line_1 address_line_2 city postal_code", "address"),
        },
        "ck_contact_details": {"detail": "phone"},
        "ck_followup": {"followup_date": "date"},
        "ck_patient": {
            "reference_by_detail": "name",
            **_same("patient_since followup_date dob", "date"),
            "display_id": "mrn",
            "ssn_id": "ssn",
            "inquiry_reason": "free_text",
        },
        "ck_payment": {"pay_date": "date"},
        "ck_todos": {"todo": "free_text"},
        "ck_user_verification": {"user_email": "email"},
        "ck_visit": {
            **_same("notes patient_notes appointment_reason", "free_text"),
            **_same("visit_date visit_time", "date"),
        },
        "ck_refund": {"refund_date": "date"},
        "ck_users": {"name": "name", "username": "email"},
    },
    # Orthanc's PostgreSQL index (schema revision 11): the DICOM attributes Orthanc indexes are
    # kept as EAV rows (maindicomtags, dicomidentifiers: patient name, ID and birth date,
    # accession number, study date, UIDs), person attributes and the record's identifiers, not
    # a form's answers: their value is PHI (other_id, as dcm4chee's attributes blob); the public
    # ids are SHA-1 hashes of PatientID and the instance UIDs (a derived form keeps its class);
    # metadata values carry the reception and last-update times; the change feed dates the
    # patient's resources, the export log's and the audit log's own times are not a patient's.
    "orthanc": {
        "resources": {"publicid": "other_id"},
        "maindicomtags": {"value": "other_id"},
        "dicomidentifiers": {"value": "other_id"},
        "metadata": {"value": "date"},
        "changes": {"date": "date"},
        "exportedresources": {
            **_same("publicid studyinstanceuid seriesinstanceuid sopinstanceuid", "other_id"),
            "patientid": "mrn",
        },
        "keyvaluestores": {"value": "other_id"},
        "auditlogs": _same("resourceid logdata", "other_id"),
    },
    # Indivo X (Django, apps indivo and codingsystems; South's frozen state of migration 0047):
    # created_at/modified_at (_IX_KEEPING) date the patient on the record, its documents,
    # demographics and facts, the shares, carenets and notification routes that hang on one
    # record, the messages and notifications sent about it, and on the principal and login rows
    # of an account (a shared person table, as Medplum's User); not on apps, schemas, auth
    # systems, tokens, nonces and code lists.
    "indivo": {
        "indivo_account": {"full_name": "name", "contact_email": "email"},
        "indivo_accountauthsystem": {**_IX_KEEPING, "username": "other_id"},
        "indivo_accountfullshare": _IX_KEEPING,
        "indivo_audit": {
            "effective_principal_email": "email",
            "external_id": "other_id",
            **_same("req_domain req_ip_address", "ip"),
        },
        "indivo_carenet": _IX_KEEPING,
        "indivo_carenetaccount": _IX_KEEPING,
        "indivo_carenetautoshare": _IX_KEEPING,
        "indivo_carenetdocument": _IX_KEEPING,
        "indivo_carenetpha": _IX_KEEPING,
        "indivo_clinicalnote": {"date": "date", "value": "free_text"},
        "indivo_demographics": {
            **_same("adr_city adr_postalcode adr_street", "address"),
            **_same("bday created_at", "date"),
            "email": "email",
            **_same("name_family name_given name_middle", "name"),
            **_same("tel_1_number tel_2_number", "phone"),
        },
        "indivo_document": {
            **_IX_KEEPING,
            **_same("suppressed_at content_file", "date"),
            **_same("content external_id", "other_id"),
        },
        "indivo_documentstatushistory": {**_IX_KEEPING, "effective_principal": "email"},
        "indivo_encounter": _same("startDate endDate", "date"),
        "indivo_fact": {"created_at": "date"},
        "indivo_fill": {"date": "date"},
        "indivo_immunization": {"date": "date"},
        "indivo_labresult": {
            "accession_number": "other_id",
            "date": "date",
            **_same("narrative_result notes", "free_text"),
        },
        "indivo_medication": {**_same("startDate endDate", "date"), "instructions": "free_text"},
        "indivo_message": {
            **_IX_KEEPING,
            **_same("archived_at read_at received_at", "date"),
            "body": "free_text",
        },
        "indivo_messageattachment": {**_IX_KEEPING, "content": "other_id"},
        "indivo_notification": {**_IX_KEEPING, "content": "free_text"},
        "indivo_phashare": {**_IX_KEEPING, "authorized_at": "date"},
        "indivo_principal": {**_IX_KEEPING, "email": "email"},
        "indivo_problem": {**_same("startDate endDate", "date"), "notes": "free_text"},
        "indivo_procedure": {"date": "date", "notes": "free_text"},
        "indivo_record": {**_IX_KEEPING, "label": "name", "external_id": "mrn"},
        "indivo_recordnotificationroute": _IX_KEEPING,
        "indivo_vitalsigns": {"date": "date"},
    },
    "nosh": {
        "demographics": {
            **_same("lastname firstname middle nickname partner_name employer", "name"),
            **_same("emergency_contact caregiver referred_by", "name"),
            **_same("guardian_firstname guardian_lastname hieofone_as_name", "name"),
            "DOB": "date",
            "date": "date",
            "creditcard_expiration": "date",
            **_same(
                "rcopia_update_medications_date rcopia_update_allergy_date "
                "rcopia_update_prescription_date",
                "date",
            ),
            "ss": "ssn",
            **_same("address city zip guardian_address guardian_city guardian_zip", "address"),
            **_same("phone_home phone_work phone_cell emergency_phone", "phone"),
            **_same("guardian_phone_home guardian_phone_work guardian_phone_cell", "phone"),
            **_same("email reminder_to guardian_email", "email"),
            **_same("comments billing_notes imm_notes", "free_text"),
            "creditcard_number": "account",
            **_same("hieofone_as_url hieofone_as_picture", "url"),
            "patient_id": "mrn",
        },
        "encounters": {
            **_same("encounter_date date_signed encounter_DOS", "date"),
            "encounter_cc": "free_text",
        },
        "alerts": {
            **_same("alert_date_active alert_date_complete", "date"),
            "alert_description": "free_text",
        },
        "allergies": _same("allergies_date_active allergies_date_inactive", "date"),
        "assessment": {
            "assessment_date": "date",
            **_same("assessment_other assessment_ddx assessment_notes", "free_text"),
        },
        "audit": {"query": "other_id"},
        "billing_core": _same("dos_f dos_t", "date"),
        "billing": {
            **_same(
                "bill_date bill_Box3A bill_Box9B1 bill_Box11A1 bill_DOS1F bill_DOS1T "
                "bill_DOS2F bill_DOS2T bill_DOS3F bill_DOS3T bill_DOS4F bill_DOS4T "
                "bill_DOS5F bill_DOS5T bill_DOS6F bill_DOS6T",
                "date",
            ),
            **_same("bill_Box2 bill_Box4 bill_Box9 bill_Box9C bill_Box11B", "name"),
            **_same(
                "bill_Box5A bill_Box5B bill_Box5D bill_Box7A bill_Box7B bill_Box7D", "address"
            ),
            **_same("bill_Box5E bill_Box7E", "phone"),
            **_same("bill_Box1A bill_Box9A", "health_plan"),
            "bill_Box26": "account",
        },
        "demographics_notes": _same("billing_notes imm_notes", "free_text"),
        "documents": {"documents_date": "date"},
        "forms": {
            "forms_date": "date",
            **_same("forms_content forms_content_text", "other_id"),
        },
        "hippa": {"hippa_date_release": "date"},
        "hippa_request": {
            **_same("hippa_date_request lab_date accident_f accident_t", "date"),
            "other": "free_text",
        },
        "hpi": {"hpi_date": "date", **_same("hpi situation", "free_text")},
        "image": {"image_date": "date", "image_description": "free_text"},
        "immunizations": {"imm_date": "date"},
        "insurance": {
            "insurance_id_num": "health_plan",
            "insurance_comments": "free_text",
            **_same("insurance_insu_firstname insurance_insu_lastname", "name"),
            **_same("insurance_insu_address insurance_insu_city insurance_insu_zip", "address"),
            "insurance_insu_phone": "phone",
            "insurance_insu_dob": "date",
        },
        "issues": _same("issue_date_active issue_date_inactive", "date"),
        "labs": {"labs_date": "date", "labs_other": "free_text"},
        "messaging": {"body": "free_text", "patient_name": "name"},
        "mtm": {
            **_same(
                "mtm_description mtm_recommendations mtm_beneficiary_notes mtm_action "
                "mtm_outcome mtm_related_conditions",
                "free_text",
            ),
            "mtm_date_completed": "date",
        },
        "orders": {
            **_same("orders_date orders_pending_date", "date"),
            "orders_insurance": "health_plan",
            **_same("orders_referrals orders_labs orders_radiology orders_cp", "free_text"),
        },
        "other_history": {
            "oh_date": "date",
            **_same(
                "oh_pmh oh_psh oh_fh oh_sh oh_etoh oh_tobacco oh_drugs oh_employment oh_meds "
                "oh_supplements oh_allergies oh_psychosocial oh_developmental oh_medtrials",
                "free_text",
            ),
        },
        "pe": {
            "pe_date": "date",
            **_same(
                "pe_gen1 pe_eye1 pe_eye2 pe_eye3 pe_ent1 pe_ent2 pe_ent3 pe_ent4 pe_ent5 "
                "pe_ent6 pe_neck1 pe_neck2 pe_resp1 pe_resp2 pe_resp3 pe_resp4 pe_cv1 pe_cv2 "
                "pe_cv3 pe_cv4 pe_cv5 pe_cv6 pe_ch1 pe_ch2 pe_gi1 pe_gi2 pe_gi3 pe_gi4 pe_gu1 "
                "pe_gu2 pe_gu3 pe_gu4 pe_gu5 pe_gu6 pe_gu7 pe_gu8 pe_gu9 pe_lymph1 pe_lymph2 "
                "pe_lymph3 pe_ms1 pe_ms2 pe_ms3 pe_ms4 pe_ms5 pe_ms6 pe_ms7 pe_ms8 pe_ms9 "
                "pe_ms10 pe_ms11 pe_ms12 pe_skin1 pe_skin2 pe_neuro1 pe_neuro2 pe_neuro3 "
                "pe_psych1 pe_psych2 pe_psych3 pe_psych4 pe_constitutional1 pe_mental1",
                "free_text",
            ),
        },
        "plan": {"plan_date": "date", **_same("plan followup goals tp", "free_text")},
        "procedure": {
            "proc_date": "date",
            **_same("proc_description proc_complications", "free_text"),
        },
        "ros": {
            "ros_date": "date",
            **_same(
                "ros_gen ros_eye ros_ent ros_resp ros_cv ros_gi ros_gu ros_mus ros_neuro "
                "ros_psych ros_heme ros_endocrine ros_skin ros_wcc ros_psych1 ros_psych2 "
                "ros_psych3 ros_psych4 ros_psych5 ros_psych6 ros_psych7 ros_psych8 ros_psych9 "
                "ros_psych10 ros_psych11",
                "free_text",
            ),
        },
        "rx": {
            "rx_date": "date",
            **_same(
                "rx_rx rx_supplements rx_immunizations rx_orders_summary "
                "rx_supplements_orders_summary",
                "free_text",
            ),
        },
        "rx_list": {
            **_same(
                "rxl_date_active rxl_date_prescribed rxl_date_inactive rxl_date_old "
                "rxl_due_date",
                "date",
            ),
            **_same("rxl_sig rxl_instructions rxl_reason", "free_text"),
            **_same("json transaction", "other_id"),
        },
        "schedule": {
            **_same("start end timestamp", "date"),
            "title": "name",
            "reason": "free_text",
        },
        "sup_list": {
            **_same(
                "sup_date_active sup_date_prescribed sup_date_inactive sup_date_old", "date"
            ),
            **_same("sup_sig sup_instructions sup_reason", "free_text"),
        },
        "t_messages": {
            **_same("t_messages_date t_messages_dos", "date"),
            **_same("t_messages_message actions", "free_text"),
        },
        "tests": {"test_datetime": "date", "test_unassigned": "name"},
        "users": {
            **_same("displayname firstname lastname middle", "name"),
            "email": "email",
            "username": "other_id",
        },
        "vitals": {"vitals_date": "date", "vitals_other": "free_text"},
        "era": {"era": "other_id"},
        "api_queue": {"json": "other_id"},
    },
    # Elexis (elexis-3-core's Liquibase changelogs): KONTAKT is shared by patients, relatives,
    # doctors, organisations, labs and insurers and is labelled as a patient's (as GNU Health's
    # party_party); LASTUPDATE (_EL_KEEPING) dates the patient on a patient's rows only; dates
    # and times kept as CHAR(8)/CHAR(24)/VARCHAR text are dates; EXTINFO blobs are PHI only on the
    # person and the case (other-id: the site's extra person attributes, the case's insurance and
    # accident numbers); code lists, tariffs, articles, stock, users, roles, configuration, tasks
    # and logs are not.
    "elexis": {
        "KONTAKT": {
            **_EL_KEEPING,
            **_same("BEZEICHNUNG1 BEZEICHNUNG2 BEZEICHNUNG3", "name"),
            **_same("STRASSE PLZ ORT ANSCHRIFT", "address"),
            **_same("GEBURTSDATUM STERBEDATUM", "date"),
            **_same("TELEFON1 TELEFON2 NATELNR", "phone"),
            **_same("EMAIL EMAIL2", "email"),
            "FAX": "fax",
            "WEBSITE": "url",
            "PATIENTNR": "mrn",
            **_same(
                "BEMERKUNG DIAGNOSEN PERSANAMNESE SYSANAMNESE FAMANAMNESE RISIKEN ALLERGIEN",
                "free_text",
            ),
            "EXTINFO": "other_id",
        },
        "ZUSATZADRESSE": {
            **_EL_KEEPING,
            **_same("STRASSE1 STRASSE2 PLZ ORT ANSCHRIFT", "address"),
        },
        "KONTAKT_ADRESS_JOINT": _EL_KEEPING,
        "XID": {**_EL_KEEPING, "DOMAIN_ID": "other_id"},
        "FAELLE": {
            **_EL_KEEPING,
            "VERSNUMMER": "health_plan",
            **_same("FALLNUMMER BETRIEBSNUMMER EXTINFO", "other_id"),
            "DIAGNOSEN": "free_text",
            **_same("DATUMVON DATUMBIS", "date"),
        },
        "BEHANDLUNGEN": {
            **_EL_KEEPING,
            **_same("DATUM ZEIT", "date"),
            "EINTRAG": "free_text",
        },
        "BEHDL_DG_JOINT": _EL_KEEPING,
        "AT_MEDEVIT_ELEXIS_FREETEXTDIAGNOSE": {**_EL_KEEPING, "TEXT": "free_text"},
        "LEISTUNGEN": _EL_KEEPING,
        "VERRECHNETCOPY": _EL_KEEPING,
        "CH_ELEXIS_ARZTTARIF_CH_RFE": _EL_KEEPING,
        "BRIEFE": {
            **_EL_KEEPING,
            **_same("DATUM MODIFIZIERT GEDRUCKT", "date"),
            "NOTE": "free_text",
        },
        "HEAP": {**_EL_KEEPING, "DATUM": "date", "INHALT": "other_id"},
        "CH_ELEXIS_OMNIVORE_DATA": {
            **_EL_KEEPING,
            **_same("DATUM CREATIONDATE", "date"),
            "DOC": "other_id",
        },
        "LABORWERTE": {
            **_EL_KEEPING,
            **_same("DATUM ZEIT ANALYSETIME OBSERVATIONTIME TRANSMISSIONTIME", "date"),
            "KOMMENTAR": "free_text",
        },
        "LABORDER": {
            **_EL_KEEPING,
            **_same("TIME OBSERVATIONTIME", "date"),
            "ORDERID": "other_id",
        },
        "AUF": {
            **_EL_KEEPING,
            **_same("DATUMAUZ DATUMVON DATUMBIS", "date"),
            "AUFZUSATZ": "free_text",
        },
        "REZEPTE": {
            **_EL_KEEPING,
            "DATUM": "date",
            **_same("RPTXT RPZUSATZ", "free_text"),
        },
        "PATIENT_ARTIKEL_JOINT": {
            **_EL_KEEPING,
            **_same("DATEFROM DATEUNTIL PRESCDATE", "date"),
            "BEMERKUNG": "free_text",
        },
        "RECHNUNGEN": {
            **_EL_KEEPING,
            "RNNUMMER": "account",
            **_same("RNDATUM RNDATUMVON RNDATUMBIS STATUSDATUM", "date"),
        },
        "INVOICE_BILL_RECORD_INFO": _EL_KEEPING,
        "ZAHLUNGEN": {**_EL_KEEPING, "DATUM": "date", "BEMERKUNG": "free_text"},
        "KONTO": {**_EL_KEEPING, "DATUM": "date", "BEMERKUNG": "free_text"},
        "ESRRECORDS": {
            **_EL_KEEPING,
            **_same("DATUM EINGELESEN VERARBEITET GUTSCHRIFT GEBUCHT", "date"),
        },
        "AT_MEDEVIT_ELEXIS_MEDIDATA": {
            **_EL_KEEPING,
            "INVOICEID": "account",
            **_same("REFID MEDIDATAID", "other_id"),
            "STATUSDATE": "date",
        },
        "AT_MEDEVIT_ELEXIS_MEDIDATA_STATUS": {**_EL_KEEPING, "TIMESTAMP": "date"},
        "AGNTERMINE": {
            **_EL_KEEPING,
            "PATID": "name",
            **_same("TAG BEGINN ANGELEGT LASTEDIT STATUSHISTORY", "date"),
            "GRUND": "free_text",
        },
        "REMINDERS": {**_EL_KEEPING, "DATEDUE": "date", "MESSAGE": "free_text"},
        "REMINDERS_RESPONSIBLE_LINK": _EL_KEEPING,
        "ETIKETTEN_OBJECT_LINK": _EL_KEEPING,
        "ELEXISBEFUNDE": {**_EL_KEEPING, "DATUM": "date"},
        "CH_ELEXIS_ICPC_EPISODES": {**_EL_KEEPING, "STARTDATE": "date"},
        "CH_ELEXIS_ICPC_ENCOUNTER": _EL_KEEPING,
        "CH_ELEXIS_ICPC_EPISODES_DIAGNOSES_LINK": _EL_KEEPING,
        "CH_ELEXIS_CORE_FINDINGS_OBSERVATION": {**_EL_KEEPING, "CONTENT": "other_id"},
        "CH_ELEXIS_CORE_FINDINGS_ALLERGYINTOLERANCE": {**_EL_KEEPING, "CONTENT": "other_id"},
        "CH_ELEXIS_CORE_FINDINGS_CLINICALIMPRESSION": {**_EL_KEEPING, "CONTENT": "other_id"},
        "CH_ELEXIS_CORE_FINDINGS_CONDITION": {**_EL_KEEPING, "CONTENT": "other_id"},
        "CH_ELEXIS_CORE_FINDINGS_ENCOUNTER": {**_EL_KEEPING, "CONTENT": "other_id"},
        "CH_ELEXIS_CORE_FINDINGS_FAMILYMEMBERHISTORY": {**_EL_KEEPING, "CONTENT": "other_id"},
        "CH_ELEXIS_CORE_FINDINGS_PROCEDUREREQUEST": {**_EL_KEEPING, "CONTENT": "other_id"},
        "CH_ELEXIS_CORE_FINDINGS_DOCUMENTREFERENCE": {**_EL_KEEPING, "CONTENT": "other_id"},
        "CH_ELEXIS_CORE_FINDINGS_OBSERVATIONLINK": _EL_KEEPING,
        "NET_MEDSHARE_PERCENTILE_DATA": {**_EL_KEEPING, "DATE": "date"},
        "NET_MEDSHARE_PERCENTILE_PATIENT": _EL_KEEPING,
        "NET_MEDSHARE_PERCENTILE_CHECKLIST_DATA": {
            **_EL_KEEPING,
            "KONSDATE": "date",
            "REMARK": "free_text",
        },
        "AT_MEDEVIT_ELEXIS_IMPFPLAN": {**_EL_KEEPING, "DATEOFADMINISTRATION": "date"},
        "AT_MEDEVIT_ELEXIS_GDT_PROTOKOLL": {
            **_EL_KEEPING,
            "DATETIME": "date",
            "BEMERKUNGEN": "free_text",
            "MESSAGE": "other_id",
        },
        "AT_MEDEVIT_ELEXIS_INBOX": _EL_KEEPING,
        "AT_MEDEVIT_ELEXIS_OUTBOX": _EL_KEEPING,
        "CH_MEDELEXIS_PEA": {**_EL_KEEPING, "CREATIONDATE": "date", "DATA": "other_id"},
        "BBS": {"MESSAGE": "free_text"},
        "CH_ELEXIS_MESSAGES": {"MSG": "free_text"},
        "CH_ELEXIS_AGENDA_DAYMSG": {"MSG": "free_text"},
    },
    "medintux": {
        "IndexNomPrenom": _same("FchGnrl_NomDos FchGnrl_Prenom", "name"),
        "fchpat": {
            **_same("FchPat_NomFille FchPat_NomAss FchPat_PrenomAss", "name"),
            **_same("FchPat_Nee FchPat_AssNee", "date"),
            **_same("FchPat_Adresse FchPat_CP FchPat_Ville FchPat_Cdx", "address"),
            **_same("FchPat_Tel1 FchPat_Tel2 FchPat_Tel3", "phone"),
            "FchPat_Email": "email",
            "FchPat_NumSS": "ssn",
            "FchPat_LoginPatient": "other_id",
        },
        "fchpat_Note": {"fchpat_Note_Html": "free_text"},
        "RubriquesBlobs": {"RbDate_DataRub": "free_text"},
        "RubriquesHead": _same("RbDate_Date RbDate_Fin", "date"),
        "agenda": {
            "Date_Time": "date",
            **_same("Nom Prenom", "name"),
            "Tel": "phone",
            "Note": "free_text",
            "Adresse": "address",
        },
        "fact_entete": {
            "FE_NumFact": "account",
            **_same("FE_DateFact FE_DateNss FE_DateEnvoi", "date"),
            **_same("FE_NomPatient FE_PrenomPatient", "name"),
            "FE_NumSS": "ssn",
            **_same("FE_RegroupFSE FE_RegroupDRE", "other_id"),
        },
        "fact_ligne": {
            "FL_NumFact": "account",
            **_same("FL_DatePrest FL_DateDEP", "date"),
        },
        "reglement": {
            "RG_NumFact": "account",
            **_same("RG_DateReg RG_DateEch RG_DateCreat RG_DateRemise", "date"),
        },
        "synopt_encours": {
            **_same("EC_NomPatient EC_PrenomPatient", "name"),
            **_same("EC_HeureEntree EC_HeureSortie", "date"),
            "EC_Commentaire": "free_text",
        },
        "synopt_encours_taches": {
            **_same("EN_Comment EN_Note_tache", "free_text"),
            **_same("EN_HeureDebPrevue EN_HeureFinPrevue EN_HeureDebut EN_HeureFin", "date"),
        },
        "synopt_historique": {
            **_same("HI_Nom_patient HI_PrenomPatient", "name"),
            "HI_Date": "date",
            "HI_Commentaire": "free_text",
        },
        "het_passages": {
            "het_encours_nom_prenom_patient": "name",
            **_same(
                "het_encours_dt_naissance_patient het_encours_dt_entree het_encours_dt_examen "
                "het_encours_dt_sortie het_encours_dt_lastUse het_encours_dt_uhcd",
                "date",
            ),
            "het_xml_blob": "other_id",
        },
        "rpu_passages": {
            "rpu_encours_nom_prenom_patient": "name",
            **_same(
                "rpu_encours_dt_naissance_patient rpu_encours_dt_entree rpu_encours_dt_examen "
                "rpu_encours_dt_sortie rpu_encours_dt_lastUse rpu_encours_dt_uhcd",
                "date",
            ),
            **_same("rpu_rpu_blob rpu_xml_blob", "other_id"),
        },
        "ToDo": {
            **_same("DateReminder DueDate", "date"),
            **_same("Todo Note", "free_text"),
        },
        "entrees_sigems": {
            **_same("ES_nom ES_prenom", "name"),
            **_same("ES_date_naiss ES_date_entree ES_date_pec", "date"),
            "ES_num_ss": "ssn",
            "ES_blob_hpr": "other_id",
            "ES_num_pat_sigems": "mrn",
        },
        "honoraires": {
            "patient": "name",
            **_same("date tracabilite", "date"),
            "remarque": "free_text",
        },
        "examens": {"hprim_line": "free_text"},
        "patients": {
            **_same("nom prenom", "name"),
            **_same(
                "dateEmission heureEmission dateNaissance dateExamen heureExamen", "date"
            ),
        },
    },
    # CDISC SDTM (pharmaversesdtm's data sets with the CDISC pilot's trial design and RELREC, as
    # a warehouse loading their XPT files types them): USUBJID and SUBJID are the trial's subject
    # number (mrn); every ISO 8601 --DTC on a subject's dataset is a date (birth, death, consent,
    # reference and collection dates included), study days, planned days and elapsed times are
    # not; the investigator's verbatim event terms (AETERM, MHTERM, CETERM) and a medication's
    # typed indication are free text, dictionary-coded terms, drug names, the disposition term,
    # reasons not done and SUPPQUAL values are not; specimen reference ids (--REFID) are other-id.
    "sdtm": {
        "dm": {
            **_SDTM_SUBJECT,
            "SUBJID": "mrn",
            **_same(
                "RFSTDTC RFENDTC RFXSTDTC RFXENDTC RFICDTC RFPENDTC DTHDTC BRTHDTC DMDTC", "date"
            ),
        },
        "suppdm": _SDTM_SUBJECT,
        "ae": {
            **_SDTM_SUBJECT,
            **_same("AEDTC AESTDTC AEENDTC", "date"),
            "AETERM": "free_text",
        },
        "suppae": _SDTM_SUBJECT,
        "ce": {
            **_SDTM_SUBJECT,
            **_same("CEDTC CESTDTC CEENDTC CERFTDTC", "date"),
            "CETERM": "free_text",
        },
        "suppce": _SDTM_SUBJECT,
        "mh": {
            **_SDTM_SUBJECT,
            **_same("MHDTC MHSTDTC MHENDTC", "date"),
            "MHTERM": "free_text",
        },
        "ds": {**_SDTM_SUBJECT, **_same("DSDTC DSSTDTC", "date")},
        "suppds": _SDTM_SUBJECT,
        "cm": {
            **_SDTM_SUBJECT,
            **_same("CMDTC CMSTDTC CMENDTC", "date"),
            "CMINDC": "free_text",
        },
        "ex": {**_SDTM_SUBJECT, **_same("EXSTDTC EXENDTC", "date")},
        "suppex": _SDTM_SUBJECT,
        "ag": {**_SDTM_SUBJECT, "AGSTDTC": "date"},
        "pc": {**_SDTM_SUBJECT, "PCDTC": "date"},
        "pp": {**_SDTM_SUBJECT, "PPRFDTC": "date"},
        "lb": {**_SDTM_SUBJECT, "LBDTC": "date"},
        "vs": {**_SDTM_SUBJECT, "VSDTC": "date"},
        "eg": {**_SDTM_SUBJECT, "EGDTC": "date"},
        "qs": {**_SDTM_SUBJECT, "QSDTC": "date"},
        "sc": {**_SDTM_SUBJECT, "SCDTC": "date"},
        "face": {**_SDTM_SUBJECT, **_same("FADTC FARFTDTC", "date")},
        "suppface": _SDTM_SUBJECT,
        "is": {**_SDTM_SUBJECT, "ISDTC": "date"},
        "suppis": _SDTM_SUBJECT,
        "be": {
            **_SDTM_SUBJECT,
            **_same("BEDTC BESTDTC BEENDTC", "date"),
            "BEREFID": "other_id",
        },
        "mb": {**_SDTM_SUBJECT, "MBDTC": "date", "MBREFID": "other_id"},
        "ms": {**_SDTM_SUBJECT, "MSDTC": "date", "MSREFID": "other_id"},
        "nv": {**_SDTM_SUBJECT, "NVDTC": "date"},
        "suppnv": _SDTM_SUBJECT,
        "oe": {**_SDTM_SUBJECT, "OEDTC": "date"},
        "tu": {**_SDTM_SUBJECT, "TUDTC": "date"},
        "tr": {**_SDTM_SUBJECT, "TRDTC": "date"},
        "supptr": _SDTM_SUBJECT,
        "rs": {**_SDTM_SUBJECT, "RSDTC": "date"},
        "supprs": _SDTM_SUBJECT,
        "sv": {**_SDTM_SUBJECT, **_same("SVSTDTC SVENDTC", "date")},
        "se": {**_SDTM_SUBJECT, **_same("SESTDTC SEENDTC", "date")},
        "relrec": _SDTM_SUBJECT,
    },
    # Round 18 (helper ho13d): SICdb 1.0.6 (Salzburg Intensive Care database). CaseID and
    # PatientID are randomly assigned by the release (its pseudonyms, as MIMIC's subject_id);
    # every time is an offset in seconds from the admission (Offset, ICUOffset, OffsetOfDeath,
    # OffsetAfterFirstAdmission, the heart-surgery offsets: spans, as AmsterdamUMCdb's), the
    # admission a year (AdmissionYear) and age, weight and height binned: none is PHI. Coded
    # fields point to d_references (a code list); ICD10MainText is the ICD-10 code's text.
    # DiagnosisT2 is documented as "Diagnosis field 2" (Text), typed on the MetaVision admission
    # form: free text (as PIC's admissions.diagnosis). data_range.Data (a range item's value,
    # undocumented) and data_float_h.rawdata (the packed per-minute values) are charted values.
    "sicdb": {
        "cases": {"DiagnosisT2": "free_text"},
    },
    # HiRID 1.1.1 (Bern University Hospital ICU): patientid is the release's pseudonym; its
    # timestamps are real times shifted into the future consistently per patient (as MIMIC's),
    # so the admission, observation, entry and administration times are dates. Age, sex,
    # discharge status, observation string values (categorical values, decoded by
    # ordinal_vars_ref), infusionid (a key grouping one infusion's rows) and the variable and
    # ordinal references (code lists) are not.
    "hirid": {
        "general_table": {"admissiontime": "date"},
        "observation_tables": _same("datetime entertime", "date"),
        "pharma_records": _same("givenat enteredentryat", "date"),
    },
    # FDA Sentinel Common Data Model 8.0.0 (a SAS data model for the Data Partners' distributed
    # database, as SAS/ACCESS writes its tables to PostgreSQL). PatID, MPatID and CPatID are the
    # Data Partner's pseudoidentifiers (the SCDM: "a pseudoidentifier with a consistent crosswalk
    # to the true identifier retained by the source Data Partner"), not PHI, as PCORnet's PATID;
    # so are EncounterID, PrescribingID and the row ids kept "to map back to source data"
    # (LabID, RxID, TransID), as PCORnet's other *ID row keys, and the provider and facility
    # pseudoidentifiers. Every SAS date and time on a patient's row is a date (enrollment spans,
    # the date a postal code became correct, the infant's first enrollment included); the
    # patient's five-digit ZIP (PostalCode) is an address, the facility's location is not.
    # Results, units, codes, original codes, product names, the mother's age and the
    # linkage method are not.
    "sentinel": {
        "enrollment": _same("Enr_Start Enr_End", "date"),
        "demographic": {
            **_same("Birth_Date PostalCode_Date", "date"), "PostalCode": "address",
        },
        "dispensing": {"RxDate": "date"},
        "encounter": _same("ADate DDate", "date"),
        "diagnosis": {"ADate": "date"},
        "procedure": {"ADate": "date"},
        "laboratory_result": _same("Order_dt Lab_dt Lab_tm Result_dt Result_tm", "date"),
        "vital_signs": _same("Measure_Date Measure_Time", "date"),
        "death": {"DeathDt": "date"},
        "inpatient_pharmacy": _same("RxADate RxATime", "date"),
        "inpatient_transfusion": _same("TDate_Start TTime_Start TDate_End TTime_End", "date"),
        "mother_infant_linkage": _same(
            "MBirth_Date ADate DDate CBirth_Date CEnr_Start", "date"
        ),
        "prescribing": {"OrderDate": "date"},
    },
    # OpenMRS 2.x core (liquibase-schema-only-2.9.x.xml), labelled as the 1.3 hold-out `openmrs`
    # was: date_created/date_changed/date_voided (_KEEPING) date the patient on a patient's rows
    # (person, name, address, attribute, identifier, patient, encounter and its providers,
    # visit, obs, orders and order groups, allergies, conditions, diagnoses, dispenses,
    # programs, states, relationships, notes, cohort membership, merge log) and nothing on
    # concepts, forms, locations, providers, users, types, order sets and configuration; every
    # uuid and integer key is a generated key (not); creator/voided_by/changed_by are staff.
    "openmrs2": {
        "allergy": {**_KEEPING, **_same("non_coded_allergen comments", "free_text")},
        # a reaction typed when no concept fits, as concept_proposal.original_text
        "allergy_reaction": {"reaction_non_coded": "free_text"},
        # a patient's membership of a cohort (patient list): its period and record-keeping
        # dates are the patient's; the cohort's own dates stay configuration (not)
        "cohort_member": _same("start_date end_date date_created date_voided", "date"),
        "concept_proposal": {"original_text": "free_text"},
        "conditions": {
            **_KEEPING,
            **_same("onset_date end_date", "date"),
            **_same("additional_detail condition_non_coded", "free_text"),
        },
        # site-defined attribute values on a patient's rows, as person_attribute.value and
        # Bahmni's program and episode attribute values
        "diagnosis_attribute": {**_KEEPING, "value_reference": "other_id"},
        # the sig and the as-needed indication; drug_non_coded and brand_name are drug names
        "drug_order": _same("dosing_instructions as_needed_condition", "free_text"),
        "encounter": {**_KEEPING, "encounter_datetime": "date"},
        "encounter_diagnosis": {**_KEEPING, "diagnosis_non_coded": "free_text"},
        "encounter_provider": _KEEPING,
        "hl7_in_archive": {"hl7_data": "other_id"},
        "hl7_in_error": {"hl7_data": "other_id"},
        "hl7_in_queue": {"hl7_data": "other_id"},
        "medication_dispense": {
            **_KEEPING,
            **_same("date_prepared date_handed_over", "date"),
            "dosing_instructions": "free_text",
        },
        "note": {"text": "free_text", "date_created": "date", "date_changed": "date"},
        "obs": {
            **_same("obs_datetime value_datetime date_created date_voided", "date"),
            "accession_number": "other_id",
            # value_complex keeps a complex observation's stored value (title and file), as
            # 1.3's complex_obs.complex_value
            **_same("value_text comments value_complex", "free_text"),
        },
        "order_attribute": {**_KEEPING, "value_reference": "other_id"},
        "order_group": _KEEPING,
        "order_group_attribute": {**_KEEPING, "value_reference": "other_id"},
        "orders": {
            **_same(
                "date_activated auto_expire_date date_stopped scheduled_date date_created "
                "date_voided",
                "date",
            ),
            # the order number (ORD-n) is an order's number, as a prescription's number
            **_same("accession_number order_number", "other_id"),
            **_same(
                "instructions order_reason_non_coded comment_to_fulfiller fulfiller_comment",
                "free_text",
            ),
        },
        # the transactional outbox keeps each entity event serialized to JSON (a copy of the
        # patient, encounter or obs changed), as a stored message; its times are a queue's
        "outbox_event": {"payload": "other_id"},
        "patient": _KEEPING,
        "patient_identifier": {**_KEEPING, "identifier": "mrn"},
        "patient_program": {**_KEEPING, **_same("date_enrolled date_completed", "date")},
        "patient_program_attribute": {**_KEEPING, "value_reference": "other_id"},
        "patient_state": {**_KEEPING, **_same("start_date end_date", "date")},
        "person": {
            **_KEEPING,
            **_same("birthdate birthtime death_date", "date"),
            "cause_of_death_non_coded": "free_text",
        },
        # address3..address6 are 1.3's neighborhood_cell, township_division, subregion and
        # region renamed; address7..address15 further levels of the site's address template;
        # state_province and country are not
        "person_address": {
            **_KEEPING,
            **_same(
                "address1 address2 city_village postal_code latitude longitude county_district "
                "address3 address4 address5 address6 address7 address8 address9 address10 "
                "address11 address12 address13 address14 address15",
                "address",
            ),
            **_same("start_date end_date", "date"),
        },
        "person_attribute": {**_KEEPING, "value": "other_id"},
        # the merge log keeps the merged data (the loser's names, identifiers, addresses...),
        # a copy of the patient's record, as Bahmni's appointment audit notes
        "person_merge_log": {**_KEEPING, "merged_data": "other_id"},
        "person_name": {
            **_KEEPING,
            **_same(
                "given_name middle_name family_name_prefix family_name family_name2 "
                "family_name_suffix",
                "name",
            ),
        },
        "referral_order": {"clinical_history": "free_text"},
        "relationship": {**_KEEPING, **_same("start_date end_date", "date")},
        "test_order": {"clinical_history": "free_text"},
        "visit": {**_KEEPING, **_same("date_started date_stopped", "date")},
        "visit_attribute": {**_KEEPING, "value_reference": "other_id"},
    },
    # Round 18 (ho13c): the TPP (SystmOne) database OpenSAFELY queries, as TPP's own column
    # listing gives it (ehrQL tests/lib/tpp_schema.csv), archive, dated-snapshot and _BUILDING
    # copies left out. Patient_ID and every *_ID/*_Ident row key are the database's integer
    # keys (not); dates of birth, death and every event are dates, months of activity, birth and
    # death too (years, ages, spans and financial years not); MSOA codes, the SGSS county,
    # pseudonymised UPRNs, the ISARIC travel city and CCG and an injury's coordinates are
    # address; hashed pathway and referral identifiers and ISARIC's participant ids and sample
    # kit numbers are other-id; a prescription's Dose (the sig), CPNS's condition list, ISARIC's
    # other-complication term, readmission reason and free-text fields are free-text.
    "opensafely_tpp": {
        "OpenPROMPT": _same("ConsultationDate CreationDate", "date"),
        "ICNARC": _same(
            "DateOfDeath HospitalAdmissionDate HospitalDischargeDate IcuAdmissionDateTime "
            "IcuDischargeDateTime OriginalHospitalAdmissionDate OriginalIcuAdmissionDate "
            "UltimateHospitalDischargeDate UltimateIcuDischargeDate",
            "date",
        ),
        "ISARIC_New": {
            **_same(
                "animal_erdat animal_erdat_2 apsc_brdisdat cestdat consent_daterec "
                "covid19_vaccined covid19_vaccine2d dlvrdtc_rptestcd dlvrdtc_rptestcd_out "
                "dsstdat dsstdtc dsstdtc_v2 erendat erendat_2 hostdat hostdat_transfer hosttim "
                "icu_hoendat icu_hoendat2 icu_hoendat3 icu_hostdat icu_hostdat2 icu_hostdat3 "
                "il6_cmtrt_first il6_cmtrt_last casiriv_cmtrt_first remdes_cmtrt_first "
                "remdes_cmtrt_last influenza_2021_vaccined reinf_antigend reinf_cestdat "
                "reinf_pcrd reinf_serologyd sample_date vaccine_covid_triald withddat",
                "date",
            ),
            # the daily form's assessment and lab dates, an HbA1c's date (`lborresd`) and the
            # last remdesivir dose; `remdesivir_day` is a day count
            **_visits(
                "daily_dsstdat daily_lbdat daily_hba1c_lborresd remdesivir_last_dose", "date"
            ),
            # the participant's study number, its previous and transfer numbers and its ids in
            # co-enrolled studies (as a trial's participantid); research sample kit numbers
            **_same(
                "prev_subjid subjid_transfer transfer_subjid study_1_id study_2_id study_3_id "
                "sample_kit",
                "other_id",
            ),
            **_visits("daily_samples_kitno", "other_id"),
            # the city travelled to (a travel destination, as SORMAS's) and the clinical
            # commissioning group of residence (an area below the region); NHS region and
            # country are not
            **_same("supper_trcity supper_trcity_2 ccg", "address"),
            # the verbatim other complication (as SDTM's CETERM) and the reason for readmission
            **_same("other_ceterm readminreas", "free_text"),
        },
        "HighCostDrugs": {"FinancialMonth": "date"},
        "APCS": {
            **_same("Admission_Date Discharge_Date Der_Activity_Month", "date"),
            "Der_Pseudo_Patient_Pathway_ID": "other_id",
        },
        "CPNS": {
            **_same(
                "DateOfAdmission DateOfDeath DateOfResult DateOfSwabbed NationalApprovedDate "
                "RegionalApprovedDate Der_Latest_SUS_Attendance_Date_For_Ethnicity",
                "date",
            ),
            "PreExistingConditionList": "free_text",
        },
        "EC": _same(
            "Arrival_Date Arrival_Time EC_Decision_To_Admit_Date EC_Injury_Date "
            "Der_Activity_Month",
            "date",
        ),
        "EC_PatientMentalHealth": _same(
            " ".join(f"MH_Expiry_Date_{n} MH_Start_Date_{n}" for n in _EC_MH_SLOTS.split()),
            "date",
        ),
        "ECDS": {
            **_same(
                "Arrival_Date Arrival_Month Arrival_Time CDS_Activity_Date Der_Activity_Month "
                "Der_EC_Arrival_Date_Time Der_EC_Departure_Date_Time EC_Conclusion_Date "
                "EC_Conclusion_Time EC_Decision_To_Admit_Date EC_Decision_To_Admit_Time "
                "EC_Departure_Date EC_Departure_Time EC_Initial_Assessment_Date "
                "EC_Initial_Assessment_Time EC_Injury_Date EC_Injury_Time "
                "EC_Seen_For_Treatment_Date EC_Seen_For_Treatment_Time Month_of_Birth "
                "RTT_Period_End_Date RTT_Period_Start_Date",
                "date",
            ),
            **_same("EC_Place_Of_Injury_Latitude EC_Place_Of_Injury_Longitude", "address"),
        },
        # RP_of_Death read as the death's reporting period (a month)
        "MPI": {
            **_same(
                "Birth_Month Date_Added DateFrom DateTo Death_Month Original_Posting_Date "
                "RP_of_Death",
                "date",
            ),
            **_same("Pseudo_parent_uprn Pseudo_uprn", "address"),
        },
        "UPRN": _same("Pseudo_parent_uprn Pseudo_uprn", "address"),
        "OPA": _same(
            "Appointment_Date Der_Activity_Month Referral_Request_Received_Date", "date"
        ),
        "SGSS_AllTests_Negative": {
            **_same("Lab_Report_Date Specimen_Date", "date"), "County_Description": "address",
        },
        "SGSS_AllTests_Positive": {
            **_same("Lab_Report_Date Specimen_Date", "date"), "County_Description": "address",
        },
        "SGSS_Negative": {
            **_same("Earliest_Specimen_Date Lab_Report_Date", "date"),
            "County_Description": "address",
        },
        "SGSS_Positive": {
            **_same("Earliest_Specimen_Date Lab_Report_Date", "date"),
            "County_Description": "address",
        },
        "Therapeutics": _same(
            "CASIM05_date_of_symptom_onset MOL1_onset_of_symptoms SOT02_onset_of_symptoms "
            "Received TreatmentStartDate",
            "date",
        ),
        # Week_Ending_Date dates the weekly waiting-list extract (not)
        "WL_ClockStops": {
            **_same(_WL_DATES + " Referral_Request_Received_Date", "date"), **_WL_PSEUDO,
        },
        "WL_Diagnostics": {
            **_same(
                "Diagnostic_Clock_Start_Date Planned_Diagnostic_Due_Date "
                "REFERRAL_TO_TREATMENT_PERIOD_END_DATE REFERRAL_TO_TREATMENT_PERIOD_START_DATE",
                "date",
            ),
            **_WL_PSEUDO,
        },
        "WL_OpenPathways": {
            **_same(
                _WL_DATES + " Current_Pathway_Period_Start_Date REFERRAL_REQUEST_RECEIVED_DATE",
                "date",
            ),
            **_WL_PSEUDO,
        },
        "ONS_Deaths": {"dod": "date"},
        "Household": {"MSOA": "address"},
        "CodedEvent_SNOMED": {"ConsultationDate": "date"},
        "DecisionSupportValue": {"CalculationDateTime": "date"},
        "ISARIC_Patient_Data": _same(
            "daily_dsstdat daily_lbdat dsstdtc dsstdtc_v2 icu_hoendat icu_hoendat2 icu_hoendat3 "
            "icu_hostdat icu_hostdat2 icu_hostdat3 mbdat mbdat_v2 mbdat_v3 remdesivir_last_dose",
            "date",
        ),
        "ISARIC_Patient_Data_TopLine": {
            **_same(
                "admission_month admission_week apsc_brdisdat assess_or_admit_date cestdat "
                "daily_dsstdat daily_lbdat dlvrdtc_rptestcd dsstdat dsstdtc hostdat "
                "hostdat_transfer hosttim influenza_2021_vaccined symp_or_assess_date",
                "date",
            ),
            **_same("ivig_freetext pims_freetext", "free_text"),
        },
        "Appointment": _same(
            "ArrivedDate BookedDate EndDate FinishedDate SeenDate StartDate", "date"
        ),
        "CodedEvent": {"ConsultationDate": "date"},
        "Consultation": {"ConsultationDate": "date"},
        "MedicationIssue": {**_TPP_EVENT, "Dose": "free_text"},
        "MedicationRepeat": {**_TPP_EVENT, "Dose": "free_text"},
        "MedicationSensitivity": _same("ConsultationDate StartDate", "date"),
        "Patient": _same("DateOfBirth DateOfDeath", "date"),
        "PatientAddress": {**_same("StartDate EndDate", "date"), "MSOACode": "address"},
        "RegistrationHistory": _same("StartDate EndDate", "date"),
        "Relationship": _same("EventDate RelationshipEndDate", "date"),
        "Vaccination": {"VaccinationDate": "date"},
        "UKRR": {"rrt_start": "date"},
    },
    # Round 18 (ho13c): OpenSAFELY's EMIS tables (ehrQL's model of them). registration_id (a
    # 128-character hash of the patient's registration, on every table) keeps the class of the
    # record number it hashes (mrn); nhs_no and ons_view's pseudonhsnumber are the (hashed) NHS
    # number (health-plan, as OpenMolar's and OpenEyes's NHS number); birth, death, registration
    # and event dates and ONS's registered date of death kept as text are dates; the hashed
    # practice, IMD rank, rural-urban class, codes and ONS's upload_date are not.
    "opensafely_emis": {
        "immunisation_all_orgs_v2": {"registration_id": "mrn", "effective_date": "date"},
        "patient_all_orgs_v2": {
            "registration_id": "mrn",
            "nhs_no": "health_plan",
            **_same("date_of_birth date_of_death registered_date registration_end_date", "date"),
        },
        "observation_all_orgs_v2": {"registration_id": "mrn", "effective_date": "date"},
        "medication_all_orgs_v2": {"registration_id": "mrn", "effective_date": "date"},
        "ons_view": {"pseudonhsnumber": "health_plan", "reg_stat_dod": "date"},
    },
    # OpenEMR's current schema (sql/database.sql with v_database 541, 2026), labelled as the 2010
    # schema above where the same table and column appear, and by LABELLING.md for the rest.
    "openemr7": {
        # `addresses` is now shared: the contact tables (contact, contact_address) keep patients'
        # and related persons' additional addresses there beside insurers' and pharmacies', so it
        # is labelled as ClearHealth's shared `address` (unlike the 2010 schema's).
        "addresses": _same("line1 line2 city zip plus_four district", "address"),
        "amc_misc_data": _same("date_created date_completed soc_provided", "date"),
        "amendments": {
            **_same("amendment_date created_time modified_time", "date"),
            "amendment_desc": "free_text",
        },
        "amendments_history": {"amendment_note": "free_text", "created_time": "date"},
        # the API's request log: the requester's address, and the request and response bodies
        # (patient resources) as an audit log's recorded statement; its times are a log's
        "api_log": {"ip_address": "ip", **_same("request_body response", "other_id")},
        # portal submissions awaiting approval (a patient's rows); the approver's comment is a
        # workflow note (as void_reason)
        "audit_master": {"ip_address": "ip", **_same("created_time modified_time", "date")},
        "audit_details": {"field_value": "other_id"},  # the submitted (audited) value
        "batchcom": {"msg_text": "free_text", "msg_date_sent": "date"},
        "billing": {**_same("date bill_date process_date", "date"), "external_id": "other_id"},
        # the claim as submitted (patient, insured, policy): a stored document
        "claims": {**_same("bill_time process_time", "date"), "submitted_claim": "other_id"},
        "clinical_rules_log": {"date": "date"},
        "contact_address": {
            **_same("period_start period_end created_date updated_date", "date"),
            "notes": "free_text",
        },
        # a person's phone numbers, e-mail addresses and other telecoms; mostly phones
        "contact_telecom": {
            "value": "phone", "notes": "free_text",
            **_same("period_start period_end created_date updated_date", "date"),
        },
        # related persons (relatives, guardians, emergency contacts) linked to patients
        "person": {
            **_same("first_name middle_name last_name preferred_name", "name"),
            **_same("birth_date death_date inactive_date created_date updated_date", "date"),
            "ssn": "ssn", "notes": "free_text",
        },
        "contact_relation": {
            **_same("start_date end_date created_date updated_date", "date"),
            "notes": "free_text",
        },
        "person_patient_link": {"linked_date": "date", "notes": "free_text"},
        "syndromic_surveillance": {"submission_date": "date"},
        # reminders about a patient (pid), as MedinTux's ToDo
        "dated_reminders": {
            "dr_message_text": "free_text",
            **_same("dr_message_sent_date dr_message_due_date processed_date", "date"),
        },
        "direct_message_log": _same("create_ts status_ts", "date"),
        "documents": {
            **_same("date date_expires revision docdate", "date"),
            "document_data": "other_id",
        },
        "documents_legal_detail": {
            "dld_signed_time": "date", "dld_signing_person": "name",
            "dld_file_for_pdf_generation": "other_id", "dld_patient_comments": "free_text",
        },
        "drug_sales": {
            **_same("sale_date bill_date last_updated date_created", "date"),
            "notes": "free_text",
        },
        "eligibility_verification": _same("eligibility_check_date create_date", "date"),
        # e-mails queued to patients (reminders, portal); the queue's own times are a job's
        "email_queue": {"recipient": "email", "body": "free_text"},
        "employer_data": {
            "name": "name", **_same("street street_line_2 postal_code city", "address"),
            **_same("date start_date end_date", "date"),
        },
        "form_clinical_notes": {
            **_same("date last_updated", "date"), "description": "free_text",
            "external_id": "other_id",
        },
        "form_dictation": {
            "date": "date", "dictation": "free_text", "additional_notes": "free_text",
        },
        "form_encounter": {
            **_same("date onset_date last_stmt_date date_end last_update", "date"),
            "reason": "free_text", "billing_note": "free_text", "invoice_refno": "account",
            "external_id": "other_id", "voucher_number": "other_id",  # the referral number
        },
        "form_misc_billing_options": {
            **_same("date onset_date date_initial_treatment off_work_from off_work_to "
                    "hospitalization_date_from hospitalization_date_to", "date"),
            **_same("medicaid_original_reference prior_auth_number icn_resubmission_number",
                    "other_id"),
            "comments": "free_text",
        },
        "form_reviewofs": {"date": "date", "additional_notes": "free_text"},
        "form_ros": {"date": "date"},
        "form_soap": {"date": "date", **_same("subjective objective assessment plan",
                                              "free_text")},
        "form_vitals": {
            **_same("date last_updated", "date"), "note": "free_text", "external_id": "other_id",
        },
        "forms": {"date": "date"},
        "history_data": {**_same(_HISTORY_TEXT, "free_text"), **_same(_HISTORY_DATES, "date")},
        "immunizations": {
            **_same("administered_date education_date create_date update_date", "date"),
            "note": "free_text", "external_id": "other_id",
        },
        "insurance_data": {
            "policy_number": "health_plan",
            **_same("subscriber_lname subscriber_mname subscriber_fname subscriber_employer",
                    "name"),
            "subscriber_ss": "ssn", "subscriber_DOB": "date", "subscriber_phone": "phone",
            **_same("subscriber_street subscriber_postal_code subscriber_city "
                    "subscriber_employer_street subscriber_employer_postal_code "
                    "subscriber_employer_city subscriber_street_line_2 "
                    "subscriber_employer_street_line_2", "address"),
            **_same("date date_end", "date"),
        },
        "ip_tracking": {"ip_string": "ip"},  # login failures, portal patients' included
        "issue_encounter": _same("created_at updated_at", "date"),
        "form_history_sdoh_health_concerns": {"created_at": "date"},
        # an implanted device's UDI and its parsed data (device identifier, serial, lot)
        "lists": {
            **_same("date begdate enddate returndate modifydate", "date"),
            "comments": "free_text", "udi": "device_id", "udi_data": "device_id",
            "external_id": "other_id",
        },
        "lists_medication": {
            "drug_dosage_instructions": "free_text",
            "medication_adherence_date_asserted": "date",
        },
        "lists_touch": {"date": "date"},
        "log": _same("comments user_notes", "free_text"),
        "onsite_documents": {
            **_same("create_date patient_signed_time authorize_signed_time review_date",
                    "date"),
            **_same("patient_signature full_document template_data", "other_id"),
        },
        # portal mail between a patient and the practice (a message sent to or by a patient)
        "onsite_mail": {
            **_same("date delete_date", "date"), "body": "free_text",
            **_same("recipient_name sender_name", "name"),
        },
        "onsite_messages": {
            "message": "free_text", "ip": "ip", "date": "date", "username": "name",
        },
        "onsite_online": {"ip": "ip", "username": "name"},
        "onsite_portal_activity": {
            **_same("date action_taken_time", "date"), "narrative": "free_text",
            **_same("table_action table_args", "other_id"),  # the patient's submitted data
        },
        # signatures of patients (and of staff): the image and strokes, the signer's name
        "onsite_signatures": {
            **_same("created lastmod", "date"), "signator": "name",
            **_same("sig_image signature", "other_id"), "ip": "ip",
        },
        "openemr_postcalendar_events": {
            **_same("pc_time pc_eventDate pc_endDate pc_startTime pc_endTime", "date"),
            "pc_hometext": "free_text", "pc_conttel": "phone", "pc_contname": "name",
            "pc_contemail": "email",
        },
        "patient_access_onsite": {
            **_same("portal_username portal_login_username", "other_id"),
            "date_created": "date",
        },
        "patient_data": {
            **_same("fname lname mname contact_relationship hipaa_message mothersname "
                    "guardiansname birth_fname birth_lname birth_mname name_history suffix "
                    "preferred_name", "name"),
            **_same("DOB date financial_review regdate contrastart ad_reviewed deceased_date "
                    "imm_reg_stat_effdate publ_code_eff_date prot_indi_effdate "
                    "provider_since_date last_updated", "date"),
            **_same("street street_line_2 postal_code city county guardianaddress "
                    "guardiancity guardianpostalcode", "address"),
            "drivers_license": "licence", "ss": "ssn",
            **_same("phone_home phone_biz phone_contact phone_cell guardianphone "
                    "guardianworkphone", "phone"),
            **_same("email email_direct guardianemail", "email"), "pubpid": "mrn",
            "cmsportal_login": "other_id",
            # notes typed about the patient: billing, interpreter needs, cause of death
            **_same("billing_note interpreter deceased_reason", "free_text"),
        },
        "patient_history": {
            **_same("date previous_name_enddate", "date"),
            **_same("previous_name_first previous_name_middle previous_name_last "
                    "previous_name_suffix", "name"),
        },
        "patient_reminders": _same("date_inactivated date_created date_sent", "date"),
        "patient_tracker": _same("date apptdate appttime", "date"),
        "patient_tracker_element": {"start_datetime": "date"},
        "payments": {"dtime": "date"},
        "pnotes": {**_same("date update_date", "date"), "body": "free_text"},
        "prescriptions": {
            **_same("date_added date_modified start_date filled_date datetime end_date txDate",
                    "date"),
            **_same("note indication drug_dosage_instructions diagnosis", "free_text"),
            **_same("external_id prescriptionguid", "other_id"),  # other systems' ids
        },
        "pro_assessments": {
            **_same("deadline created_at updated_at", "date"), "assessment_oid": "other_id",
        },
        "rule_patient_data": {"date": "date", "result": "free_text"},
        # card payments: the processor's transaction references and its recorded responses
        "payment_processing_audit": {
            **_same("date revert_date", "date"),
            **_same("ticket transaction_id map_transaction_id revert_transaction_id",
                    "account"),
            **_same("audit_data revert_audit_data", "other_id"),
        },
        "transactions": {"date": "date"},
        # a prospective patient's portal self-registration
        "verify_email": {
            "email": "email", **_same("fname mname lname", "name"), "dob": "date",
        },
        "voids": {**_same("date_original date_voided", "date"), "other_info": "account"},
        "notification_log": {
            "message": "free_text", "patient_info": "name",
            **_same("pc_eventDate pc_endDate pc_startTime pc_endTime dSentDateTime", "date"),
        },
        "chart_tracker": {"ct_when": "date"},
        "ar_activity": {
            **_same("post_time modified_time deleted post_date", "date"),
            "follow_up_note": "free_text", "payer_claim_number": "other_id",
        },
        "procedure_order": {
            **_same("date_collected date_ordered date_transmitted scheduled_date "
                    "scheduled_start scheduled_end", "date"),
            **_same("patient_instructions clinical_hx", "free_text"),
            **_same("control_id external_id", "other_id"),
        },
        "procedure_order_code": _same("date_end reason_date_low reason_date_high", "date"),
        "procedure_report": {
            **_same("date_collected date_report", "date"), "specimen_num": "other_id",
            "report_notes": "free_text",
        },
        "procedure_result": {**_same("date date_end", "date"), "comments": "free_text"},
        "procedure_specimen": {
            **_same("specimen_identifier accession_identifier", "other_id"),
            **_same("collected_date collection_date_low collection_date_high created_at "
                    "updated_at", "date"),
            "comments": "free_text",
        },
        "procedure_order_relationships": {"created_at": "date"},
        # disclosures of a patient's record: when, and what was disclosed
        "extended_log": {"date": "date", "description": "free_text"},
        "esign_signatures": {"datetime": "date", "amendment": "free_text"},
        "shared_attributes": {"last_update": "date"},
        "ccda": {**_same("time updated_date", "date"), "ccda_data": "other_id"},
        "external_procedures": {"ep_date": "date", "ep_external_id": "other_id"},
        "external_encounters": {"ee_date": "date", "ee_external_id": "other_id"},
        "form_care_plan": {
            **_same("date date_end reason_date_low reason_date_high proposed_date", "date"),
            "description": "free_text", "external_id": "other_id",
        },
        "form_functional_cognitive_status": {
            "date": "date", "description": "free_text", "external_id": "other_id",
        },
        "form_observation": {**_same("date date_end", "date"), "description": "free_text"},
        "form_clinical_instructions": {"date": "date", "instruction": "free_text"},
        "immunization_observation": _same("imo_vis_date_presented imo_date_observation",
                                          "date"),
        "form_eye_mag_dispense": {
            **_same("date REFDATE", "date"), **_same("RXCOMMENTS COMMENTS", "free_text"),
        },
        "form_eye_mag_orders": {
            **_same("ORDER_DATE_PLACED ORDER_DATE_COMPLETED", "date"),
            "ORDER_DETAILS": "free_text",
        },
        "form_eye_mag_impplan": {"plan": "free_text"},
        "form_eye_mag_wearing": {"COMMENTS": "free_text"},
        "therapy_groups_participants": {
            **_same("group_patient_start group_patient_end", "date"),
            "group_patient_comment": "free_text",
        },
        "therapy_groups_participant_attendance": {"meeting_patient_comment": "free_text"},
        # a group therapy session's encounter, labelled as form_encounter
        "form_groups_encounter": {
            **_same("date onset_date last_stmt_date", "date"),
            **_same("reason billing_note", "free_text"), "invoice_refno": "account",
            "external_id": "other_id",
        },
        "form_group_attendance": {"date": "date"},
        "patient_birthday_alert": {"turned_off_on": "date"},
        "medex_outgoing": {"msg_date": "date", "msg_extra_text": "free_text"},
        "medex_recalls": {**_same("r_eventDate r_created", "date"), "r_reason": "free_text"},
        "form_eye_base": {"date": "date"},
        "form_eye_hpi": _same(
            "CC1 HPI1 QUALITY1 TIMING1 DURATION1 CONTEXT1 SEVERITY1 MODIFY1 ASSOCIATED1 "
            "LOCATION1 CC2 HPI2 QUALITY2 TIMING2 DURATION2 CONTEXT2 SEVERITY2 MODIFY2 "
            "ASSOCIATED2 LOCATION2 CC3 HPI3 QUALITY3 TIMING3 DURATION3 CONTEXT3 SEVERITY3 "
            "MODIFY3 ASSOCIATED3 LOCATION3 CHRONIC1 CHRONIC2 CHRONIC3", "free_text"),
        "form_eye_ros": _same(
            "ROSGENERAL ROSHEENT ROSCV ROSPULM ROSGI ROSGU ROSDERM ROSNEURO ROSPSYCH "
            "ROSMUSCULO ROSIMMUNO ROSENDOCRINE ROSCOMMENTS", "free_text"),
        "form_eye_vitals": _same("IOPTIME IOPPOSTTIME", "date"),
        "form_eye_acuity": {"GLARECOMMENTS": "free_text"},
        "form_eye_refraction": _same("CRCOMMENTS CTL_COMMENTS", "free_text"),
        "form_eye_external": _same(
            "RUL LUL RLL LLL RBROW LBROW RMCT LMCT RADNEXA LADNEXA RCAROTID LCAROTID "
            "RTEMPART LTEMPART RCNV LCNV RCNVII LCNVII EXT_COMMENTS", "free_text"),
        "form_eye_antseg": _same(
            "OSCONJ ODCONJ ODCORNEA OSCORNEA ODAC OSAC ODLENS OSLENS ODIRIS OSIRIS "
            "PUPIL_COMMENTS ANTSEG_COMMENTS", "free_text"),
        "form_eye_postseg": _same(
            "ODDISC OSDISC ODCUP OSCUP ODMACULA OSMACULA ODVESSELS OSVESSELS ODVITREOUS "
            "OSVITREOUS ODPERIPH OSPERIPH ODCMT OSCMT RETINA_COMMENTS", "free_text"),
        "form_eye_neuro": {"NEURO_COMMENTS": "free_text"},
        "form_eye_locking": {**_same("IMP PLAN", "free_text"), "LOCKEDDATE": "date"},
        "benefit_eligibility": _same(
            "start_date end_date response_create_date response_modify_date", "date"),
        "form_vitals_calculation": _same("date_start date_end created_at updated_at", "date"),
        # a patient's answers as the whole FHIR QuestionnaireResponse / LHC-Forms document
        "questionnaire_response": {
            **_same("create_time last_updated", "date"),
            **_same("questionnaire_response form_response", "other_id"),
        },
        "form_questionnaire_assessments": {
            "date": "date", **_same("questionnaire_response lform_response", "other_id"),
        },
        "onetime_auth": {"remote_ip": "ip"},
        # the user's recent-patients list, kept as JSON with each patient's name, DOB, pubpid
        "recent_patients": {"patients": "other_id"},
        "care_teams": {**_same("date_created date_updated", "date"), "note": "free_text"},
        "care_team_member": {
            **_same("provider_since date_created date_updated", "date"), "note": "free_text",
        },
        "form_history_sdoh": {
            **_same("created_at updated_at assessment_date pregnancy_edd postpartum_end",
                    "date"),
            **_same("food_insecurity_notes housing_instability_notes "
                    "transportation_insecurity_notes utilities_insecurity_notes "
                    "interpersonal_safety_notes financial_strain_notes social_isolation_notes "
                    "childcare_needs_notes digital_access_notes goals interventions "
                    "disability_status_notes", "free_text"),
        },
        "clinical_notes_documents": {"created_at": "date"},
        "clinical_notes_procedure_results": {"created_at": "date"},
        "patient_treatment_intervention_preferences": {
            "effective_datetime": "date", **_same("value_text note", "free_text"),
        },
        "patient_care_experience_preferences": {
            "effective_datetime": "date", **_same("value_text note", "free_text"),
        },
    },
    # Mirth Connect / NextGen Connect 4.5.2 (the interface engine): the server's configuration
    # tables and Donkey's message store for one channel (local id 1). Each d_m1 row is one
    # message, in practice about one patient (ADT, orders, results); d_mc1.content holds its
    # raw, transformed, encoded, sent and response forms, the channel/connector/response maps
    # filled from it and the error texts quoting it (a whole message, other_id as hl7_data), and
    # d_ma1.content its attachments (stored documents, other_id). The message's received, sent
    # and response times date the patient's message (dates on a patient's own rows, as
    # Orthanc's reception times), unlike OpenMRS's HL7 processing queues. The audit log's
    # attributes record the parameters of each audited call (message search filters, messages
    # sent or imported by a user: other_id, as Orthanc's logdata); its time, user and IP are
    # not. Users (staff), channels, scripts, code templates, alerts, configuration, statistics
    # and the default SOURCE (sending facility) and TYPE (message type) metadata are not.
    "mirth": {
        "event": {"attributes": "other_id"},
        "d_m1": {"received_date": "date"},
        "d_mm1": _same("received_date send_date response_date", "date"),
        "d_mc1": {"content": "other_id"},
        "d_ma1": {"content": "other_id"},
    },
    # HAPI FHIR 8.8.0 (round 19, ho14a): the 2.3 calls of `hapifhir` hold for the tables both
    # keep; the new columns are labelled by what they hold.
    "hapifhir7": {
        # FHIR_ID (the logical id, client-assigned or not) and HASH_SHA256 (a checksum of the
        # whole resource, as The Ark's file checksums) are not PHI, as 2.3's forced_id.
        "hfj_resource": _same("res_published res_updated res_deleted_at", "date"),
        # RES_TEXT_VC is the whole resource as text, RES_TEXT the same compressed.
        "hfj_res_ver": {
            **_same("res_text res_text_vc", "other_id"),
            **_same("res_published res_updated res_deleted_at", "date"),
        },
        # HASH_EXACT hashes one exact value with its parameter (unsalted, so a dictionary of
        # names reverses it): a derived form keeps its class, as OpenREM's hashed ids;
        # HASH_NORM_PREFIX hashes only the value's first letter, HASH_IDENTITY type and name.
        "hfj_spidx_string": _same("sp_value_exact sp_value_normalized hash_exact", "name"),
        "hfj_spidx_token": _same("sp_value hash_value hash_sys_and_value", "other_id"),
        # The ordinals are the same dates as integers (yyyymmdd).
        "hfj_spidx_date": _same(
            "sp_value_high sp_value_high_date_ordinal sp_value_low sp_value_low_date_ordinal",
            "date",
        ),
        "hfj_spidx_coords": _same("sp_latitude sp_longitude", "address"),
        # Composite index strings (`Patient?birthdate=...&family=...`, `?identifier=...`) join
        # a resource's indexed values; their hashes are derived from them.
        "hfj_idx_cmp_string_uniq": _same("idx_string hash_complete hash_complete_2", "other_id"),
        "hfj_idx_cmb_tok_nu": _same("idx_string hash_complete", "other_id"),
        # A patient identifier's value mapped to the Patient's id (its FHIR_ID is a logical id).
        "hfj_res_identifier_pt_uniq": {"ident_value": "mrn"},
        # The match URL of a conditional create (`Patient?identifier=system|value`); its
        # CREATED_TIME is the index entry's, as SP_UPDATED.
        "hfj_res_search_url": {"res_search_url": "other_id"},
        # A cached search's query string and parameter map carry the values searched for (a
        # patient's name, birth date, identifier), as an API log's recorded request; 2.3's search
        # columns (times, counts, uuid) stay not; the query string's int hash is a checksum.
        "hfj_search": _same(
            "search_query_string search_query_string_vc search_param_map search_param_map_bin",
            "other_id",
        ),
        # Binary resources kept outside the resource table (documents, images of a patient),
        # as The Ark's stored files; the published date dates them as RES_PUBLISHED does.
        "hfj_binary_storage_blob": {
            **_same("blob_data storage_content_bin", "other_id"), "published_date": "date",
        },
        # Job tables are not PHI, except where they carry whole resources: a bulk import's
        # NDJSON file and the work chunks (import files, export's expanded resources).
        "hfj_blk_import_jobfile": _same("job_contents job_contents_vc", "other_id"),
        "bt2_work_chunk": _same("chunk_data chunk_data_vc", "other_id"),
        # An MDM link of a patient's record to its golden record: record-keeping times on a
        # patient's row (the audit copy keeps them; HFJ_REVINFO's REVTSTMP is the audit's own).
        "mpi_link": _same("created updated", "date"),
        "mpi_link_aud": _same("created updated", "date"),
    },
    # Round 19 (helper ho14c). Conquest DICOM server's database as its InitializeTables creates it
    # from dicom.sql (revision 19) with the default TruncateFieldNames = 10. Labelled as
    # dcm4chee's: patient name, ID and birth date, study/series/SOP instance and frame-of-reference
    # UIDs, Study ID, accession and scheduled/requested procedure numbers, study, series, image and
    # acquisition dates and times (times kept as text) are PHI; physicians, modality, body part,
    # descriptions, station, institution, equipment, age, weight and sex are not. The patient ID
    # copied onto series and images (SeriesPat, ImagePat) is `mrn`. AccessTime (the Unix time
    # Conquest writes on every insert or update of a row) is the record-keeping time of a
    # patient's rows; qTimeStamp, qFlags and qSpare are reserved ("for future use") and unwritten.
    # ObjectFile is the path under the MAG device, built by FileNameSyntax from the patient ID
    # (the folder) and the series UID, so `other_id` (as Orthanc's public ids); DeviceName is not.
    # The worklist's medical alerts, contrast allergies and step comments are text about the
    # patient (`free_text`), pre-medication (a drug) is not. UIDMODS, the anonymiser's crosswalk:
    # OldUID holds the original patient name, ID, ID+birth date and UIDs, NewUID their
    # replacements (CRC of the patient ID, new UIDs: derived forms), both `other_id`; the change's
    # time, type, stage and the unwritten annotation are not.
    "conquest": {
        "DICOMWorkList": {
            **_same("AccessionN StudyInsta SchedPSID ReqProcID", "other_id"),
            "PatientID": "mrn", "PatientNam": "name",
            **_same("PatientBir StartDate StartTime AccessTime", "date"),
            **_same("MedicalAle ContrastAl SchedPSCom", "free_text"),
        },
        "DICOMPatients": {
            "PatientID": "mrn", "PatientNam": "name", **_same("PatientBir AccessTime", "date"),
        },
        "DICOMStudies": {
            **_same("StudyInsta StudyID AccessionN", "other_id"),
            **_same("StudyDate StudyTime PatientBir AccessTime", "date"),
            "PatientNam": "name", "PatientID": "mrn",
        },
        "DICOMSeries": {
            **_same("SeriesInst FrameOfRef StudyInsta", "other_id"),
            **_same("SeriesDate SeriesTime AccessTime", "date"), "SeriesPat": "mrn",
        },
        "DICOMImages": {
            **_same("SOPInstanc SeriesInst ObjectFile", "other_id"),
            **_same("ImageDate ImageTime AcqDate AcqTime AccessTime", "date"), "ImagePat": "mrn",
        },
        "UIDMODS": _same("OldUID NewUID", "other_id"),
    },
    # Round 19 (helper ho14c). Microsoft FHIR Server for Azure's SQL schema (Migrations/113.sql,
    # tables only), labelled as HAPI FHIR's store: the resource's stored content is `other_id`;
    # ResourceSurrogateId is generated from the resource's lastUpdated time (the schema's own
    # comments: "generated from lastUpdated"; the store keeps no other update time), so it dates
    # the record wherever it is kept (`date`, a derived form); the generic search index holds the
    # indexed values: token codes (identifiers among them) `other_id`, string values `name`, date
    # ranges `date`; numbers, quantities, URIs, reference targets (logical ids), token display
    # texts and flags are not; the change feed's Timestamp dates a resource's change (as
    # Orthanc's changes.date). Logical ids, code lists, search-parameter registry, job queue,
    # tasks, transactions, parameters, event log, watchdogs and the writers' claims are not.
    "msfhir": {
        "CompartmentAssignment": {"ResourceSurrogateId": "date"},
        "DateTimeSearchParam": _same("ResourceSurrogateId StartDateTime EndDateTime", "date"),
        "NumberSearchParam": {"ResourceSurrogateId": "date"},
        "QuantitySearchParam": {"ResourceSurrogateId": "date"},
        "ReferenceSearchParam": {"ResourceSurrogateId": "date"},
        "ReferenceTokenCompositeSearchParam": {
            "ResourceSurrogateId": "date", **_same("Code2 CodeOverflow2", "other_id"),
        },
        "Resource": {"ResourceSurrogateId": "date", "RawResource": "other_id"},
        "ResourceChangeData": {"Timestamp": "date"},
        "ResourceChangeDataStaging": {"Timestamp": "date"},
        "ResourceWriteClaim": {"ResourceSurrogateId": "date"},
        "StringSearchParam": {"ResourceSurrogateId": "date", **_same("Text TextOverflow", "name")},
        "TokenDateTimeCompositeSearchParam": {
            **_same("ResourceSurrogateId StartDateTime2 EndDateTime2", "date"),
            **_same("Code1 CodeOverflow1", "other_id"),
        },
        "TokenNumberNumberCompositeSearchParam": {
            "ResourceSurrogateId": "date", **_same("Code1 CodeOverflow1", "other_id"),
        },
        "TokenQuantityCompositeSearchParam": {
            "ResourceSurrogateId": "date", **_same("Code1 CodeOverflow1", "other_id"),
        },
        "TokenSearchParam": {
            "ResourceSurrogateId": "date", **_same("Code CodeOverflow", "other_id"),
        },
        "TokenStringCompositeSearchParam": {
            "ResourceSurrogateId": "date", **_same("Code1 CodeOverflow1", "other_id"),
            **_same("Text2 TextOverflow2", "name"),
        },
        "TokenText": {"ResourceSurrogateId": "date"},
        "TokenTokenCompositeSearchParam": {
            "ResourceSurrogateId": "date",
            **_same("Code1 Code2 CodeOverflow1 CodeOverflow2", "other_id"),
        },
        "UriSearchParam": {"ResourceSurrogateId": "date"},
    },
    # INSPIRE 1.x (Seoul National University Hospital's perioperative research release on
    # PhysioNet). op_id, subject_id and hadm_id are documented as random numbers (the release's
    # pseudonyms, as MIMIC's subject_id); case_id is the key of the case in the public VitalDB
    # data set. Every time, opdate ("Relative Time, Operation date") and the death times included,
    # is an integer count of minutes from a per-subject reference (the start of the day of the
    # subject's first admission, as far as the authors' sample shows), and no stored date
    # anchors it: spans, not dates (as AmsterdamUMCdb's *at and SICdb's offsets), whatever the
    # name says. Age (binned), sex, race, ASA class, department, anaesthesia type, ICD-10 and ATC
    # codes, drug names, item names and values are not. No column is PHI.
    "inspire": {},
    # LibreClinica (the OpenClinica 3.x community fork), its changelogs as far as read: the
    # OpenClinica 2.5 base tables, the 3.0 schema patch and LibreClinica's own changesets. The
    # tables that persist from OpenClinica 2.0.1 keep the openclinica hold-out's labels.
    "libreclinica": {
        "audit_event_values": {"old_value": "other_id", "new_value": "other_id"},
        "audit_log_event": {"old_value": "other_id", "new_value": "other_id"},
        "discrepancy_note": {
            "description": "free_text", "detailed_notes": "free_text", "date_created": "date",
        },
        "event_crf": {
            **_same("date_interviewed date_completed date_validate date_validate_completed "
                    "date_created date_updated", "date"),
            "annotations": "free_text", "validator_annotations": "free_text",
        },
        "item_data": _same("date_created date_updated", "date"),
        "study_event": _same("date_start date_end date_created date_updated", "date"),
        "study_subject": {
            "label": "mrn", "secondary_label": "other_id",
            **_same("enrollment_date date_created date_updated", "date"),
        },
        "subject": {
            "unique_identifier": "mrn",
            **_same("date_of_birth date_created date_updated", "date"),
        },
        "subject_group_map": {
            "notes": "free_text", **_same("date_created date_updated", "date"),
        },
        # LibreClinica's protocol-deviation (incident) report, linked to the participants it
        # concerns by protocol_deviation_subject: the dates the incident occurred, became known,
        # was first communicated, was reported to the participant and to the IRB, the form's
        # completion date and the date the Clinical Research Branch learnt of it are dates about
        # a participant's care; the notification steps' entries (g_6_*_a/_c, typed text under
        # "Initial email notification" / "Submission of CDC HRPO form 1254") are read as the dates
        # of officers' work on it (as SORMAS's task dates). The detailed description (c_2), the
        # section E narratives and the CDC's comments (g_9) are free text; the HRPO action and
        # incident numbers (g_7, g_8) are a regulator's references for the incident (other-id).
        # Not: the report's own label, checkbox answers, the "other, specify" cause (c_1_10),
        # the rationale for not reporting to the IRB (d_1_b, a workflow reason as void_reason),
        # the names of the PI and of the person completing the form (staff).
        "protocol_deviation": {
            **_same("item_a_3 item_a_4 item_a_5 item_a_7_1 item_d_1_a item_f_3 item_g_6 "
                    "item_g_6_1_a item_g_6_1_c item_g_6_2_a item_g_6_2_c item_g_6_3_a "
                    "item_g_6_3_c item_g_6_4_a item_g_6_4_c", "date"),
            **_same("item_c_2 item_e1 item_e2 item_e3 item_e4 item_g_9", "free_text"),
            **_same("item_g_7 item_g_8", "other_id"),
        },
    },
    # ClearCanvas ImageServer (the open-source DICOM archive), its ImageServerTables.sql as the
    # fresh install creates it. Labelled as dcm4chee and Conquest: the patient's name, ID and
    # birth date wherever copied, study/series/SOP instance UIDs, Study ID, accession number,
    # requested procedure and scheduled step ids, study and performed-step dates and times (kept
    # as DICOM text) are PHI; sex, age, descriptions, modality, referring physician, counts,
    # sizes, AE titles, issuers of patient ID and the GUID surrogate keys are not.
    "clearcanvas": {
        "Patient": {"PatientsName": "name", "PatientId": "mrn"},
        # ResponsiblePerson (0010,2297): the person with decision-making authority for the
        # patient (a guardian, or an animal's owner), a relative's name; ResponsibleOrganization
        # is an organisation (not). QueryXml keeps the study's further query attributes (a
        # patient's DICOM attributes, as dcm4chee's attrs blob). QCUpdateTimeUtc is a
        # record-keeping time on the study's row; QCOutput, the QC step's generated result, is
        # read as a process's output (not, as a failure description).
        "Study": {
            **_same("StudyInstanceUid AccessionNumber StudyId QueryXml", "other_id"),
            "PatientsName": "name", "PatientId": "mrn", "ResponsiblePerson": "name",
            **_same("PatientsBirthDate StudyDate StudyTime QCUpdateTimeUtc", "date"),
        },
        "Series": {
            "SeriesInstanceUid": "other_id",
            **_same("PerformedProcedureStepStartDate PerformedProcedureStepStartTime", "date"),
        },
        # One row per study (its UID, status and locks): the study's own record, so its receipt
        # and last-access times date the patient's study (as dcm4chee's study.created_time and
        # access_time); FilesystemStudyStorage's StudyFolder (the yyyymmdd folder the study is
        # filed under) is a storage location (not, as dcm4chee's location.storage_path).
        "StudyStorage": {
            "StudyInstanceUid": "other_id", **_same("InsertTime LastAccessedTime", "date"),
        },
        # The work item's Data keeps what edit and reconcile items carry (the attribute values
        # an edit sets, the image set being reconciled): a patient's values (other-id, as an
        # audited value); queue times, group ids, failure text and processor ids are a job's.
        "WorkQueue": {"Data": "other_id"},
        "WorkQueueUid": _same("SeriesInstanceUid SopInstanceUid", "other_id"),
        "FilesystemQueue": {"SeriesInstanceUid": "other_id"},
        "RequestAttributes": _same("RequestedProcedureId ScheduledProcedureStepId", "other_id"),
        # The archive record of a patient's study: the time it was archived follows the
        # archive-maintenance rule (as dcm4chee's series compress_time); ArchiveXml (where the
        # archive keeps it) is a storage location (not).
        "ArchiveStudyStorage": {"ArchiveTime": "date"},
        # Studies held for reconciliation: StudyData (the existing study's demographics) and
        # Details (the conflicting images' attributes) are copies of a patient's data; the
        # generated Description and the queue time are not.
        "StudyIntegrityQueue": _same("StudyData Details", "other_id"),
        "StudyIntegrityQueueUid": _same("SeriesInstanceUid SopInstanceUid", "other_id"),
        # A study's change history: the snapshot before the change and the change itself (new
        # values) are audited values (other-id); the entry's InsertTime dates the log (not).
        "StudyHistory": _same("StudyData ChangeDescription", "other_id"),
        # The record kept of a deleted study: the patient's identifiers and study date as on the
        # study; its Timestamp (when the study was deleted) is read as date_voided on a
        # patient's row; ExtendedInfo (further details of the deleted study, nvarchar(max)) is a
        # deleted row's copy (other-id, as OSCAR's); the typed Reason is a workflow reason and
        # the backup path and ArchiveInfo storage (not).
        "StudyDeleteRecord": {
            **_same("StudyInstanceUid AccessionNumber StudyId ExtendedInfo", "other_id"),
            "PatientId": "mrn", "PatientsName": "name",
            **_same("Timestamp StudyDate StudyTime", "date"),
        },
        # A patient's imaging order (from HL7): its record-keeping and scheduled times are
        # dates, ReasonForStudy (OBR-31, typed by the orderer) is free text; point of care, room
        # and bed (a ward location), priority, patient class and the staff links are not.
        "Order": {
            **_same("InsertTime UpdatedTime ScheduledDateTime", "date"),
            "PatientsName": "name", "PatientId": "mrn",
            **_same("AccessionNumber StudyInstanceUid", "other_id"),
            "ReasonForStudy": "free_text",
        },
        # Not PHI: the 23 *Enum code lists, partitions, devices (a modality's IP address is a
        # device's), SOP classes, transfer syntaxes, rules, file systems, archives, service
        # locks, the job queues' times and parameters (ExternalRequestQueue, NotificationQueue,
        # ArchiveQueue, RestoreQueue), alerts, the application log, canned text, procedure
        # codes, staff, data-access groups and the version table.
    },
    # MedShakeEHR (base 8.5.0: the 7.1.1 install with its upgrades replayed on MariaDB). Every
    # datum about a person lives in the EAV store objets_data (toID the person, typeID a
    # data_types row): names, birth date, NIR, address, phones, e-mail, notes, consultation
    # forms, letters and mails alike. Its value is PHI (other_id, as OpenMRS's
    # person_attribute.value) and its registration, creation and update times date a patient's
    # record; its titre (a document's title) is not. people holds patients, professionals,
    # services and groups: ids, types and login fields; its registerDate dates the person's
    # record (a shared person table), the login name, IP, fingerprint and password-reset
    # fields are only filled for users (staff, service accounts: not). data_types, forms,
    # configuration, acts, prescriptions templates, DICOM tag mappings, tags and the BDPM drug
    # database are definitions and code lists (not).
    "medshake": {
        "agenda": {
            **_same("start end dateAdd lastModified", "date"),
            "motif": "free_text",  # the appointment's reason typed by the secretary
        },
        # the appointment's history (edit, move, delete, missed, waiting room): its time dates
        # the patient's appointment (as Bahmni's appointment status history); olddata is the
        # serialized old appointment row (times, patient, motif): an audited copy
        "agenda_changelog": {"date": "date", "olddata": "other_id"},
        "hprim": {"date": "date"},  # the lab result's document date; result values are not
        # Apicrypt/HPRIM mails received: the file name is built from the receipt time
        # (YYYYMMDD-HHMMSS-n.txt, a derived form); the HPRIM header's identity (last and first
        # name), the patient's code at the lab (line 1) and the file's date (line 10) are parsed
        # out; hprimAllSerialize keeps the whole header (address, birth date, NIR, file number)
        "inbox": {
            **_same("txtFileName txtDatetime hprimDateDossier", "date"),
            **_same("mailHeaderInfos hprimAllSerialize", "other_id"),
            "hprimIdentite": "name",
            "hprimCodePatient": "mrn",
        },
        "objets_data": {
            **_same("registerDate creationDate updateDate", "date"),
            "value": "other_id",
        },
        "people": {"registerDate": "date"},
        # printed letters, reports and prescriptions: the rendered text and the serialized
        # template tags (the patient's identity, address, birth date... filled into it)
        "printed": {"creationDate": "date", "value": "free_text", "serializedTags": "other_id"},
        # staff notes about a patient (aboutID), as OpenEMR's pnotes; the subject is a title
        "transmissions": {**_same("registerDate updateDate", "date"), "texte": "free_text"},
        # the "mot de suivi": a short dated note on the patient's chart
        "motsuivi": {"dateTime": "date", "texte": "free_text"},
    },
    # REDCap 15.7.6 (round 19, ho15d), its install script: every table of a fresh install. The
    # patients are a project's participants (records); REDCap's users are staff (their names,
    # e-mails, phones, IPs of logins and messages among them are not a patient's).
    "redcap": {
        # Every participant's answer is a row here (the EAV store of all forms and surveys), the
        # fields the project flags as identifiers (names, DOB, e-mail, MRN) included: the schema
        # itself points e-Consent, survey invitations and survey login at record fields holding
        # them (econsent.*_field, survey_email_participant_field, survey_auth_field*). So value
        # is a copy of the patient's data (other_id), unlike OpenClinica's item_data.value. The
        # record name (the study's record id, often an MRN or a subject number) is a record
        # number wherever it appears, as OpenClinica's subject label. data2..data6 are the same
        # store for projects placed there.
        **{f"redcap_data{n}": {"record": "mrn", "value": "other_id"}
           for n in ("", "2", "3", "4", "5", "6")},
        # The audit log: data_values and sql_log copy each change made to a record's data (as
        # OpenClinica's old_value/new_value); pk names the record changed; ip is the
        # requester's, survey respondents' included (their submissions are logged here). Its
        # ts (an audit event time), user (staff, or "[survey respondent]"), page, description
        # and the typed change_reason (a workflow reason) are not. log_event2..12 likewise.
        **{f"redcap_log_event{n}": {
            "ip": "ip", "sql_log": "other_id", "pk": "mrn", "data_values": "other_id"}
           for n in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12")},
        # Page views, survey pages included: the viewer's IP, the record viewed and the URL
        # (its query names the record or carries the participant's survey hash); its times are
        # an access log's.
        "redcap_log_view": {"ip": "ip", "full_url": "other_id", "record": "mrn"},
        "redcap_log_view_old": {"ip": "ip", "full_url": "other_id", "record": "mrn"},
        "redcap_external_modules_log": {"ip": "ip", "record": "mrn"},
        # Rows kept per record: the record name is the only PHI, their times a job's or a
        # cache's (alert and invitation queues, cron evaluation, background deletes).
        **{table: {"record": "mrn"} for table in (
            "redcap_alerts_recurrence", "redcap_crons_datediff", "redcap_data_quality_status",
            "redcap_ddp_records", "redcap_edocs_data_mapping", "redcap_ehr_import_counts",
            "redcap_ehr_resource_imports", "redcap_locking_records_pdf_archive",
            "redcap_pdf_snapshots_triggered", "redcap_record_background_delete_items",
            "redcap_record_list", "redcap_surveys_scheduler_queue",
            "redcap_surveys_scheduler_recurrence")},
        # An alert sent about a record, and its log (the message as sent, often to the
        # participant's piped e-mail or phone): dated as OpenEMR's notification log; cc/bcc
        # (copies to staff), the sender, subject and attachment names are not.
        "redcap_alerts_sent": {"record": "mrn", "last_sent": "date"},
        "redcap_alerts_sent_log": {
            "time_sent": "date", "email_to": "email", "phone_number_to": "phone",
            "message": "free_text",
        },
        # Every e-mail and SMS REDCap sends (survey invitations, alerts, confirmations).
        "redcap_outgoing_email_sms_log": {
            "time_sent": "date", "recipients": "email", "message": "free_text",
            "message_html": "free_text", "record": "mrn",
        },
        # Rapid Retrieval's cache of fetched project data (report and dashboard results): a
        # copy of the records' values.
        "redcap_cache": {"data": "other_id"},
        # An import's rows as uploaded (a participant's values) and the record names given.
        "redcap_data_import_rows": {
            "record_provided": "mrn", "record": "mrn", "row_data": "other_id",
        },
        # A data query's thread: its text is free text about the participant, dated (as
        # OpenClinica's discrepancy notes).
        "redcap_data_quality_resolutions": {"ts": "date", "comment": "free_text"},
        # Clinical Data Interoperability (EHR pulls): the patient's id in the EHR (source_id,
        # "e.g. MRN", FHIR Patient id), the EHR's dates of service and the values fetched
        # (encrypted values keep their class); the EHR's id of a fetched resource is another
        # system's id for the record (as OpenEMR's external_id).
        "redcap_ddp_log_view": {"source_id": "mrn"},
        "redcap_ddp_log_view_data": {"source_timestamp": "date"},
        "redcap_ddp_records_data": {
            "source_timestamp": "date", "source_value": "other_id", "source_value2": "other_id",
        },
        "redcap_ehr_access_tokens": {"patient": "mrn", "mrn": "mrn"},
        "redcap_ehr_datamart_revisions": {"mrns": "mrn"},
        "redcap_ehr_fhir_logs": {"fhir_id": "other_id", "mrn": "mrn"},
        # The File Repository's stored files: data exports are archived here (a stored
        # document); file names, comments and dates are not.
        "redcap_docs": {"docs_file": "other_id"},
        # e-Signing, locking and record creation date a participant's forms.
        "redcap_esignatures": {"record": "mrn", "timestamp": "date"},
        "redcap_locking_data": {"record": "mrn", "timestamp": "date"},
        "redcap_locking_records": {"record": "mrn", "timestamp": "date"},
        "redcap_new_record_cache": {"record": "mrn", "creation_time": "date"},
        # The scheduling calendar: a participant's visits, their baseline date, times (HH:MM
        # text) and notes.
        "redcap_events_calendar": {
            "record": "mrn", **_same("baseline_date event_date event_time", "date"),
            **_same("notes extra_notes", "free_text"),
        },
        # Tokens and codes handed to a participant (survey links' hashes, access codes, return
        # and results codes, short codes, queue and calendar-feed links, the MyCap participant
        # code) identify the participant, as a trial's invite code.
        "redcap_events_calendar_feed": {"record": "mrn", "hash": "other_id"},
        "redcap_surveys_participants": {
            **_same("hash legacy_hash access_code access_code_numeral", "other_id"),
            "participant_email": "email", "participant_phone": "phone",
            # the optional identifier shown in the participant list (typically the name)
            "participant_identifier": "name",
        },
        "redcap_surveys_emails_recipients": {"static_email": "email", "static_phone": "phone"},
        "redcap_surveys_phone_codes": {"phone_number": "phone", "access_code": "other_id"},
        "redcap_surveys_queue_hashes": {"record": "mrn", "hash": "other_id"},
        "redcap_surveys_response": {
            "record": "mrn", **_same("start_time first_submit_time completion_time", "date"),
            **_same("return_code results_code", "other_id"),
        },
        "redcap_surveys_short_codes": {"code": "other_id"},
        # e-Consent's archived PDFs: identifier is the signer's name and date of birth printed
        # on the form; ip the signer's.
        "redcap_surveys_pdf_archive": {"record": "mrn", "identifier": "name", "ip": "ip"},
        # MyCap (the participant's app): the participant code, join and baseline dates, the
        # app's push-notification ids (the phone's), messages to and from the participant and
        # task results that failed to sync (the payload holds the answers); staff's comment on
        # resolving a sync issue is a workflow note.
        "redcap_mycap_participants": {
            "code": "other_id", "record": "mrn",
            **_same("join_date join_date_utc baseline_date", "date"),
            "push_notification_ids": "device_id",
        },
        "redcap_mycap_messages": {
            **_same("from to", "other_id"), "body": "free_text",
            **_same("sent_date received_date read_date", "date"),
        },
        "redcap_mycap_syncissues": {
            "participant_code": "other_id", "received_date": "date", "payload": "other_id",
        },
        # Staff messages (REDCap Messenger), as OSCAR's: the text is free text, the time not.
        "redcap_messages": {"message_body": "free_text"},
        # Randomization: the record an allocation was given to and when.
        "redcap_randomization_allocation": {
            "is_used_by": "mrn", **_same("allocation_time allocation_time_utc", "date"),
        },
        # Participant compensation (gift cards): the record (integer record_id), the order's
        # references (a payment reference, as an invoice's), the e-mail sent to the participant,
        # the provider payloads kept in actions' details and the rewards log (the recipient's
        # name and e-mail, as an API log's bodies); the dates of the participant's order. Not:
        # the redeem link (a gift card's URL), the reviewer's rejection reason.
        "redcap_rewards_actions": {
            "record_id": "mrn", "details": "other_id", "performed_at": "date",
        },
        "redcap_rewards_emails": {
            "recipient_email": "email", "email_content": "free_text", "sent_at": "date",
        },
        "redcap_rewards_logs": {"payload": "other_id"},
        "redcap_rewards_orders": {
            "record_id": "mrn", **_same("internal_reference reference_order", "account"),
            "created_at": "date",
        },
    },
    # Round 19 (helper ho15c). Open Hospital's current schema (the OH_ tables as upstream's
    # migrations through step_a117 leave them; see holdout/SOURCES.md), labelled as the 2012
    # base (`openhospital`) for the tables that persist. Every table of a patient's care keeps
    # the audit columns step_59 added: <P>_CREATED_DATE and <P>_LAST_MODIFIED_DATE date the
    # patient on a patient's own rows (admission, OPD, lab, bills with their items and
    # payments, DICOM, examinations, history, vaccines, therapies, visits, operations, consent,
    # malnutrition controls, ward dispensing) and nothing on code lists, configuration, users or
    # the pharmacy's stock; <P>_CREATED_BY/<P>_LAST_MODIFIED_BY are staff user ids (not).
    "openhospital14": {
        "OH_ADMISSION": {
            "ADM_YPROG": "other_id",
            **_same("ADM_DATE_ADM ADM_DATE_DIS ADM_PRG_DATE_VIS ADM_PRG_DATE_DEL "
                    "ADM_PRG_DATE_CTRL1 ADM_PRG_DATE_CTRL2 ADM_PRG_DATE_ABORT ADM_CREATED_DATE "
                    "ADM_LAST_MODIFIED_DATE", "date"),
            "ADM_NOTE": "free_text",
        },
        # A patient's bill (the patient's name copied onto it), its items and payments; the
        # integer BLL_ID is the table's key (not), the price list's name is not.
        "OH_BILLS": {
            **_same("BLL_DATE BLL_UPDATE BLL_CREATED_DATE BLL_LAST_MODIFIED_DATE", "date"),
            "BLL_PAT_NAME": "name",
        },
        "OH_BILLITEMS": _same("BLI_CREATED_DATE BLI_LAST_MODIFIED_DATE", "date"),
        "OH_BILLPAYMENTS": _same("BLP_DATE BLP_CREATED_DATE BLP_LAST_MODIFIED_DATE", "date"),
        # DICOM attributes copied from a patient's uploaded file, labelled as Conquest's and
        # dcm4chee's: the DICOM PatientID (DM_FILE_PAT_UID) is `mrn`; accession number, study,
        # series and SOP instance UIDs `other_id`; the thumbnail of the image and the stored
        # DICOM file with its header (OH_DICOM_DATA.DMD_DATA) `other_id` (a stored image, as
        # Open Dental's Thumbnail; a whole header, as dcm4chee's attrs); the file name,
        # institution, descriptions, series number, modality, age and sex are not.
        "OH_DICOM": {
            "DM_FILE_ACCESSION_NUMBER": "other_id", "DM_FILE_PAT_UID": "mrn",
            "DM_FILE_PAT_NAME": "name", "DM_FILE_PAT_ADDR": "address",
            **_same("DM_FILE_PAT_BIRTHDATE DM_FILE_ST_DATE DM_FILE_SER_DATE DM_CREATED_DATE "
                    "DM_LAST_MODIFIED_DATE", "date"),
            **_same("DM_FILE_ST_UID DM_FILE_SER_UID DM_FILE_SER_INST_UID DM_FILE_INST_UID "
                    "DM_THUMBNAIL", "other_id"),
        },
        "OH_DICOM_DATA": {
            "DMD_DATA": "other_id", **_same("DMD_CREATED_DATE DMD_LAST_MODIFIED_DATE", "date"),
        },
        "OH_LABORATORY": {
            **_same("LAB_DATE LAB_CREATED_DATE LAB_LAST_MODIFIED_DATE", "date"),
            "LAB_NOTE": "free_text", "LAB_PAT_NAME": "name",
        },
        # A multiple-result exam's result rows (values picked from the exam's rows: not).
        "OH_LABORATORYROW": _same("LABR_CREATED_DATE LABR_LAST_MODIFIED_DATE", "date"),
        "OH_MALNUTRITIONCONTROL": _same(
            "MLN_DATE_SUPP MNL_DATE_CONF MLN_CREATED_DATE MLN_LAST_MODIFIED_DATE", "date"),
        # The ward pharmacy's movements: a dispensing to a patient (MMVN_IS_PATIENT) is a
        # patient's row, and the ward pharmacy form writes the patient's name into MMVN_DESC
        # (a use typed by hand or the receiving ward otherwise): `name`; age and weight are not.
        "OH_MEDICALDSRSTOCKMOVWARD": {
            "MMVN_DESC": "name",
            **_same("MMVN_DATE MMVN_CREATED_DATE MMVN_LAST_MODIFIED_DATE", "date"),
        },
        # OPD_PRESCRIPTION (step_87) is the prescription typed at the visit (`free_text`, as a
        # prescription's sig); referral flags are one-letter codes (not).
        "OH_OPD": {
            **_same("OPD_DATE OPD_CREATED_DATE OPD_LAST_MODIFIED_DATE", "date"),
            "OPD_PROG_YEAR": "other_id",
            **_same("OPD_NOTE OPD_PRESCRIPTION", "free_text"),
        },
        # An operation done in an admission or an OPD visit: the prescriber is staff, the
        # result a code (success, failure, unknown), the remarks text about the patient.
        "OH_OPERATIONROW": {
            **_same("OPER_OPDATE OPER_CREATED_DATE OPER_LAST_MODIFIED_DATE", "date"),
            "OPER_REMARKS": "free_text",
        },
        # PAT_TAXCODE (the patient's tax code, the national identification number) is `ssn`;
        # the mother's and father's names (step_17) are relatives' names; PAT_TIMESTAMP (the
        # row's own timestamp) dates the patient's record; allergies and anamnesis (step_88) are
        # text about the patient; profession and marital status are coded lists (not).
        "OH_PATIENT": {
            **_same("PAT_FNAME PAT_SNAME PAT_NAME PAT_NEXT_KIN PAT_MOTH_NAME PAT_FATH_NAME",
                    "name"),
            **_same("PAT_BDATE PAT_TIMESTAMP PAT_CREATED_DATE PAT_LAST_MODIFIED_DATE", "date"),
            "PAT_ADDR": "address", "PAT_CITY": "address", "PAT_TELE": "phone",
            "PAT_TAXCODE": "ssn",
            **_same("PAT_NOTE PAT_ALLERGIES PAT_ANAMNESIS", "free_text"),
        },
        "OH_PATIENT_CONSENSUS": _same("PTC_CREATED_DATE PTC_LAST_MODIFIED_DATE", "date"),
        "OH_PATIENT_PROFILE_PHOTO": {"PAT_PHOTO": "photo"},
        # Vital signs and the coded diuresis, bowel and auscultation descriptors are not.
        "OH_PATIENTEXAMINATION": {
            **_same("PEX_DATE PEX_CREATED_DATE PEX_LAST_MODIFIED_DATE", "date"),
            "PEX_NOTE": "free_text",
        },
        # The anamnesis form (step_82): family and personal history notes, surgery, allergy,
        # therapy and medicine texts and the short "abnormal" descriptions typed beside each
        # physiological item are text about the patient (as OpenEMR's history fields); the
        # yes/no flags and the menopause year (a year alone) are not.
        "OH_PATIENTHISTORY": {
            **_same("PAH_FAM_NOTE PAH_PAT_CLO_NOTE PAH_PAT_OPN_NOTE PAH_PAT_SURGERY "
                    "PAH_PAT_ALLERGY PAH_PAT_THERAPY PAH_PAT_MEDICINE PAH_PAT_NOTE "
                    "PAH_PHY_NUTR_ABN PAH_PHY_BOWEL_ABN PAH_PHY_DIURE_ABN PAH_PHY_PERIOD_ABN "
                    "PAH_PHY_HRT_ABN", "free_text"),
            **_same("PAH_CREATED_DATE PAH_LAST_MODIFIED_DATE PAH_DATE_UPDATE", "date"),
        },
        "OH_PATIENTVACCINE": {
            "PAV_YPROG": "other_id",
            **_same("PAV_DATE PAV_CREATED_DATE PAV_LAST_MODIFIED_DATE", "date"),
        },
        # The SMS module's messages (reminders of a patient's therapy or visit): the number is
        # the patient's phone, the text is sent to the patient, its times date it (as OpenEMR's
        # notification_log); the originating module's row id and the user are not.
        "OH_SMS": {
            "SMS_NUMBER": "phone", "SMS_TEXT": "free_text",
            **_same("SMS_DATE SMS_DATE_SCHED SMS_DATE_SENT", "date"),
        },
        "OH_THERAPIES": {
            **_same("THR_STARTDATE THR_ENDDATE THR_CREATED_DATE THR_LAST_MODIFIED_DATE",
                    "date"),
            "THR_NOTE": "free_text",
        },
        "OH_VISITS": {
            **_same("VST_DATE VST_CREATED_DATE VST_LAST_MODIFIED_DATE", "date"),
            "VST_NOTE": "free_text",
        },
    },
    # Round 19 (helper ho16a): PCORnet CDM 6.0, the tables the parseable specification lists,
    # as MITRE's CODI build script creates them in PostgreSQL. The tables and columns 4.1 had keep
    # its labels (`pcornet`): PATID, ENCOUNTERID and the other *ID row keys are the network's
    # pseudonyms; dates and HH:MI times on a patient's rows are dates; raw_* source values,
    # short result texts and PRO answers are not narrative; the facility's ZIP
    # (facility_location, now five digits) and the payer's name and id are not a patient's.
    "pcornet6": {
        "demographic": _same("birth_date birth_time", "date"),
        "encounter": _same("admit_date admit_time discharge_date discharge_time", "date"),
        "enrollment": _same("enr_start_date enr_end_date", "date"),
        "diagnosis": _same("admit_date dx_date", "date"),
        "procedures": _same("admit_date px_date", "date"),
        "vital": _same("measure_date measure_time", "date"),
        "dispensing": {"dispense_date": "date"},
        "lab_result_cm": _same(
            "lab_order_date specimen_date specimen_time result_date result_time", "date"
        ),
        "condition": _same("report_date resolve_date onset_date", "date"),
        "pro_cm": _same("pro_date pro_time", "date"),
        "prescribing": _same("rx_order_date rx_order_time rx_start_date rx_end_date", "date"),
        "pcornet_trial": {
            **_same("trial_enroll_date trial_end_date trial_withdraw_date", "date"),
            **_same("participantid trial_invite_code", "other_id"),
        },
        "death": {"death_date": "date"},
        "med_admin": _same(
            "medadmin_start_date medadmin_start_time medadmin_stop_date medadmin_stop_time", "date"
        ),
        "obs_clin": _same(
            "obsclin_start_date obsclin_start_time obsclin_stop_date obsclin_stop_time", "date"
        ),
        "obs_gen": _same(
            "obsgen_start_date obsgen_start_time obsgen_stop_date obsgen_stop_time", "date"
        ),
        # Datavant keyed hashes of the patient's name, birth date, sex and SSN, kept to link the
        # patient's records across data partners: derived from identifiers (as a soundex code
        # of a name) and made to match the same person elsewhere.
        "hash_token": _same("token_01 token_02 token_03 token_04 token_05 token_16", "other_id"),
        # The limited data set's address history: city and ZIP codes are address parts finer
        # than the state (the state alone is allowed); the period an address was in use dates
        # the patient.
        "lds_address_history": {
            **_same("address_city address_zip5 address_zip9", "address"),
            **_same("address_period_start address_period_end", "date"),
        },
        # The record and administration dates date the patient's care; the vaccine's expiry
        # date and lot number describe the product, not the patient.
        "immunization": _same("vx_record_date vx_admin_date", "date"),
    },
    # Round 19 (helper ho16b): HOSxP (Bangkok Medical Software, Thai), 22 tables of a hospital's
    # `hos` database as an EF Core scaffold declares them. Names read for their meaning, as
    # Hospital OS's: `hn` (hospital number, wherever copied, `hn_int` its integer form, `oldcode`
    # the HN of the system before) is `mrn`; `vn` (visit number), `an` (admission number) and the
    # visit numbers kept elsewhere are `other_id`; `cid` (the 13-digit citizen id) of the patient,
    # father, mother and spouse is `ssn`; `pttypeno` (the patient's number on the insurance right
    # `pttype`) is `health_plan`; `addrpart` (house number), `moopart` (village number), `tmbpart`
    # (tambon, subdistrict), `amppart` (amphoe, district), `road`, `addr_soi` (lane), `po_code`,
    # `aid`/`addressid` (the 6-digit tambon code) and `vid` (the 8-digit village code) are
    # `address`, `chwpart` (changwat, province) is not; `hos_guid`, `*_guid` and integer ids are
    # generated keys (not). Staff (`doctor`, `opduser`) and code lists are not a patient's.
    "hosxp": {
        # Admission statistics (one row per AN): age, length of stay (`admdate`) and days since
        # the last visit are counts (not); `diag_text_list` (the admission's diagnosis texts in
        # one line) is `free_text`, `pttype_list_text` (payer names) not; `rcpno_list` (receipt
        # numbers) is `account`, `debt_id_list` (a list of debtor record ids) not; the receivable
        # transfer and sync times date the admission's row; `rx_license_no` is a pharmacist's.
        "an_stat": {
            **_same("an vn", "other_id"), "hn": "mrn", **_same("aid moopart", "address"),
            "pttypeno": "health_plan", "rcpno_list": "account", "diag_text_list": "free_text",
            **_same("regdate dchdate ar_transfer_datetime_sk last_sync_datetime", "date"),
        },
        # The admission: `prediag`, `provision_dx` (typed provisional diagnosis), `rcpt_disease`
        # (the disease written on the receipt), the medical-records note on receiving the chart
        # and the note typed for the admission's cause are text about the patient; the
        # auto-charge check, export and finance times are record-keeping times on its row;
        # `refer_out_number` is a referral's number (`other_id`), `oldcode` the AN of the system
        # before; doctors' codes, ward, bed, DRG weights and birth weight (`bw`) are not.
        "ipt": {
            **_same("an vn refer_out_number oldcode", "other_id"), "hn": "mrn",
            **_same("regdate regtime dchdate dchtime receive_chart_date_time "
                    "last_check_autoincome finance_summary_date estimate_discharge_date "
                    "update_datetime data_exp_date", "date"),
            **_same("prediag provision_dx rcpt_disease receive_chart_note ipt_cause_type_note",
                    "free_text"),
        },
        # Ward and bed stays of an admission.
        "iptadm": {
            "an": "other_id",
            **_same("indate intime outdate outtime move_in_ward_datetime move_in_bed_datetime",
                    "date"),
        },
        # A lab order: `lab_order_number` (the table's integer key from HOSxP's `serial`, which
        # `lab_order` rows key on) is not; the lab's receive number (the accession number on the
        # tubes), the LIS order number, the external order reference and the follow-up visit are
        # `other_id`; remarks, order and result notes and the RTF report are `free_text`; the
        # reporter and the staff, computers and form names are not.
        "lab_head": {
            "hn": "mrn",
            **_same("vn follow_up_vn lab_receive_number lis_order_no ref_order_code",
                    "other_id"),
            **_same("order_date order_time receive_date receive_time report_date report_time "
                    "appointment_date appointment_time report_lock_datetime "
                    "doctor_ack_datetime entry_datetime update_datetime", "date"),
            **_same("lab_head_remark order_note result_note result_rtf", "free_text"),
        },
        # A result row: the value (`lab_order_result`, picked or measured per item) is not, as
        # OpenELIS's and Open Hospital's result rows; the lab's remark on it is `free_text`;
        # `check_key*` are checksums (not).
        "lab_order": {
            **_same("laborder_date update_datetime printed_datetime", "date"),
            "lab_order_remark": "free_text",
        },
        # An appointment: its dates and times, entry and update times are dates; the clinic
        # session's `open_time`/`close_time` copied onto it are the clinic's (not, as
        # Mediboard's plageconsult); the reason (`app_cause`), notes, the operation note and the
        # instructions to the patient (`perform_text`) are `free_text`; the lists of ordered
        # labs and X-rays (item names), the contact point (where to report) and the user who
        # made it are not; the visit that kept it and the refer-in visit are `other_id`.
        "oapp": {
            "hn": "mrn", **_same("vn an visit_vn referin_vn", "other_id"),
            **_same("vstdate nextdate nexttime nexttime_end enddate endtime entry_date "
                    "entry_time update_datetime", "date"),
            **_same("note note1 note2 app_cause operation_note perform_text", "free_text"),
        },
        # The visit: the refer-in document number, the outgoing referral's number, the
        # anonymous visit's own number and `oldcode` (the visit number of the system before) are
        # `other_id`; the typed diagnosis and receipt disease texts are `free_text`; the person
        # who brought the patient (`send_person`) is `name`; the time the patient reached the
        # current department is a date; queue numbers are ordinals, `ovst_key` a generated key,
        # hospital codes and staff not.
        "ovst": {
            **_same("vn an anonymous_vn i_refer_number o_refer_number oldcode", "other_id"),
            "hn": "mrn", "pttypeno": "health_plan",
            **_same("vstdate vsttime cur_dep_time finance_summary_date", "date"),
            **_same("diag_text rcpt_disease", "free_text"), "send_person": "name",
        },
        # The patient: the prefix `pname` is a title (not, as OpenMRS's prefix); father's,
        # mother's and spouse's names, the informant (`informname`, the contact person) and the
        # emergency contact are relatives' names, their address and phones PHI, the relation
        # not; `workaddr` (the workplace) and `work_addr` (its address) are the employer's
        # (`address`); the soundex codes are derived names; the parents' HNs are `mrn`, the
        # spouse's and parents' `*_cid` `ssn`; the passport and the hospital's member card
        # numbers are `other_id`; `gov_chronic_id` (the civil servants' payer's chronic-disease
        # registration number) is `health_plan`; the drug allergy text is `free_text`; first
        # registration, registration time, last visit, last update and the card's destruction
        # date are dates; `hid` (a house key), `familyno` (an ordinal), `private_doctor_name` (a
        # provider), codes, flags and blood group are not.
        "patient": {
            **_same("hn hn_int oldcode father_hn mother_hn", "mrn"),
            **_same("fname lname midname alias_name fathername fatherlname mathername "
                    "motherlname spsname spslname informname ec_fname ec_lname fname_soundex "
                    "lname_soundex", "name"),
            **_same("cid father_cid mother_cid couple_cid", "ssn"),
            **_same("birthday birthtime deathday firstday reg_time last_visit last_update "
                    "card_destroy_date", "date"),
            **_same("addrpart moopart tmbpart amppart road addr_soi po_code addressid vid "
                    "informaddr workaddr work_addr old_addr", "address"),
            **_same("hometel informtel worktel mobile_phone_number", "phone"),
            "email": "email", **_same("passport_no membercard_no", "other_id"),
            "gov_chronic_id": "health_plan", "drugallergy": "free_text",
        },
        # The patient's photo and when it was taken; the image's name and size are not.
        "patient_image": {"hn": "mrn", "image": "photo", "capture_date": "date"},
        # Visit statistics (one row per VN): as an_stat; `ym` (the visit's year and month, text)
        # is a date, the insurance right's begin and expiry dates too; `rcp_no` and
        # `rcpno_list` are receipt numbers (`account`); the previous visit's VN `other_id`.
        "vn_stat": {
            **_same("vn lastvisit_vn", "other_id"), "hn": "mrn", "cid": "ssn",
            **_same("aid moopart", "address"), "pttypeno": "health_plan",
            **_same("rcp_no rcpno_list", "account"),
            **_same("vstdate ym pttype_begin pttype_expire ar_transfer_datetime_sk", "date"),
        },
    },
    # Frappe Health (ho16d, round 19): the DocTypes the `healthcare` app added after it left
    # ERPNext, none of them already in `marley` or `erpnext`; Marley's and ERPNext's calls hold
    # (the row key `name` and every Link are not PHI, titles built from the patient's name and
    # `customer` are `name`, `creation`/`modified` date the patient on a patient's document and
    # its child rows and nowhere else). Templates, code lists, payors, plans, activities and
    # schedules are configuration (not listed).
    "frappehealth": {
        "tabService Request": {
            **_FRAPPE_KEEPING, **_same("title patient_name", "name"),
            **_same("order_date order_time ordered_for expected_date patient_birth_date "
                    "occurrence_date occurrence_time task_done_at", "date"),
            "patient_email": "email", "patient_mobile": "phone",
            **_same("order_description patient_instructions", "free_text"),
        },
        # A result kept as a date, time or period is a date about the patient; text results,
        # imaging interpretation and the note are narrative; short result values, the
        # description and options fetched from the template and the disapproval reason are not.
        "tabObservation": {
            **_FRAPPE_KEEPING, "patient_name": "name",
            **_same("posting_date sample_collection_time result_datetime result_time "
                    "result_period_from result_period_to time_of_result time_of_approval",
                    "date"),
            **_same("result_text result_interpretation note", "free_text"),
        },
        "tabDiagnostic Report": {
            **_FRAPPE_KEEPING, **_same("patient_name title", "name"),
            "reference_posting_date": "date",
        },
        "tabMedication Request": {
            **_FRAPPE_KEEPING, **_same("title patient_name", "name"),
            **_same("order_date order_time expected_date patient_birth_date occurrence_time",
                    "date"),
            "patient_email": "email", "patient_mobile": "phone",
            **_same("comment order_description", "free_text"),
        },
        "tabNursing Task": {
            **_FRAPPE_KEEPING, **_same("title patient_name", "name"),
            **_same("date requested_start_time requested_end_time task_start_time "
                    "task_end_time", "date"),
            "notes": "free_text",
        },
        # The terms and conditions text is a template's (not); admission instructions are the
        # clinician's (as Marley's inpatient record).
        "tabTreatment Counselling": {
            **_FRAPPE_KEEPING, **_same("patient_name customer", "name"),
            "admission_ordered_for": "date", "admission_instruction": "free_text",
        },
        # Held by the Treatment Plan Template and by the patient's counselling: a patient's
        # child rows (as Marley's Therapy Plan Detail); instructions are a sig.
        "tabTreatment Plan Template Item": {**_FRAPPE_KEEPING, "instructions": "free_text"},
        # The reason a dose was held or refused is a workflow reason (as discontinuation
        # reasons); the administration site and the internal dose key are not.
        "tabMedication Administration": {
            **_FRAPPE_KEEPING, "patient_name": "name",
            **_same("scheduled_time administered_time", "date"),
        },
        "tabClinical Note": {**_FRAPPE_KEEPING, "posting_date": "date", "note": "free_text"},
        "tabDischarge Summary": {
            **_FRAPPE_KEEPING, "patient_name": "name",
            **_same("date_of_birth posting_date followup_date review_date scheduled_date "
                    "admitted_datetime", "date"),
            **_same("physical_examination treatment_done advice_on_discharge diet_adviced "
                    "current_issues instructions", "free_text"),
        },
        # The description typed for an unidentified arrival (features, where found) is text
        # about the patient.
        "tabEmergency Record": {
            **_FRAPPE_KEEPING, "patient_name": "name",
            **_same("arrival_datetime triage_datetime disposition_datetime", "date"),
            **_same("patient_description chief_complaint disposition_notes", "free_text"),
        },
        # Aadhaar is India's national identity number (the patient's `uid`, `ssn` in Marley);
        # the spouse is a relative; `location` is the text of the birth place's address, the
        # `birth_location` Link the Address document's key (not).
        "tabBirth Certificate": {
            **_FRAPPE_KEEPING, **_same("patient_name spouse_name", "name"),
            **_same("aadhaar spouse_aadhaar", "ssn"), "mobile": "phone", "email": "email",
            **_same("birth_datetime admitted_datetime discharge_datetime", "date"),
            "location": "address",
        },
        # The place of death is an address (as GNU Health's); the cause of death is a
        # condition's name (as a diagnosis), the injury incident text is narrative.
        "tabDeath Certificate": {
            **_FRAPPE_KEEPING,
            **_same("decedent_name decedent_father decedent_mother decedent_spouse", "name"),
            **_same("aadhaar decedent_spouse_aadhaar", "ssn"), "mobile": "phone",
            "email": "email",
            **_same("death__datetime admitted_datetime discharge_datetime", "date"),
            "death_location": "address", "injury_incident": "free_text",
        },
        "tabPatient Insurance Policy": {
            **_FRAPPE_KEEPING, **_same("title patient_name", "name"),
            **_same("date birth_date policy_expiry_date", "date"), "email": "email",
            "mobile_number": "phone", "policy_number": "health_plan",
        },
        # One patient's claim (the patient is required); its `customer` is the payor's.
        "tabInsurance Claim": {
            **_FRAPPE_KEEPING, **_same("posting_date due_date from_date to_date", "date"),
            "policy_number": "health_plan",
        },
        "tabInsurance Claim Coverage": {
            **_FRAPPE_KEEPING, "patient_name": "name",
            **_same("insurance_coverage_posting_date policy_expiry_date birth_date "
                    "sales_invoice_posting_date", "date"),
            "policy_number": "health_plan",
        },
        "tabIntake Output Entry": {
            **_FRAPPE_KEEPING, "patient_name": "name", "recorded_at": "date",
            "description": "free_text",
        },
        "tabPatient Insurance Coverage": {
            **_FRAPPE_KEEPING, **_same("title patient_name", "name"),
            **_same("birth_date posting_date policy_expiry_date coverage_validity_end_date",
                    "date"),
            "policy_number": "health_plan",
        },
        # The specimen's bar code is a specimen id (the `name`, a dated counter, stays the row
        # key as every Frappe `name`).
        "tabSpecimen": {
            **_FRAPPE_KEEPING, "patient_name": "name", "received_time": "date",
            "barcode": "other_id", "note": "free_text",
        },
        # A prepaid health card held by the patient: its validity dates date the patient.
        "tabHealth Card": {
            **_FRAPPE_KEEPING, "patient_name": "name", "mobile": "phone",
            **_same("from_date to_date", "date"),
        },
        # The log of calls to India's ABDM gateway (ABHA numbers, consents): the stored
        # request and response carry the patient's identity (`other_id`, as a stored message);
        # the log's times, the call's name, URL and traceback are not.
        "tabABDM Request": _same("request response", "other_id"),
        # An alert raised on a patient's order: a patient's row; its message is generated.
        "tabMedication Alert Log": _FRAPPE_KEEPING,
        # A payment gateway's payment and order ids are the patient's payment references.
        "tabHealthcare Payment Record": {
            **_FRAPPE_KEEPING, **_same("payment_id order_id", "account"),
        },
        # Goals of a patient's care plan (the parent DocType is not in the index).
        "tabCare Goal": {
            **_FRAPPE_KEEPING, **_same("goal notes", "free_text"), "target_date": "date",
        },
        "tabFee Validity Reference": _FRAPPE_KEEPING,
        "tabLong Acting Medicine": {
            **_FRAPPE_KEEPING, "patient_name": "name",
            **_same("start_date end_date next_run_date", "date"),
            **_same("remarks doctors_remark", "free_text"),
        },
        # Rows of a patient's sample collection: the sample id is a specimen id; the hidden
        # header and body render the template's rows (not).
        "tabObservation Sample Collection": {
            **_FRAPPE_KEEPING, "collection_date_time": "date", "sample_id": "other_id",
        },
    },
    "esus": {
        # The citizen (tb_cidadao) and the CDS forms' copies of a patient are the patients; staff
        # (tb_prof, tb_cds_prof, tb_lotacao), facilities, teams and the code lists are not. CNS
        # (Cartao Nacional de Saude) is `health_plan`; CPF and NIS/PIS/PASEP `ssn`; a field holding
        # CPF or CNS `other_id`; the chart numbers (nu_prontuario*) `mrn`; co_seq_* keys and
        # co_unico_* UUIDs are generated keys. A chart's number at a facility
        # (nu_prontuario_interno) is the chart number.
        "rl_cds_prontuario_unidade_saud": {"nu_prontuario_interno": "mrn"},
        # The note typed beside a SOAP part's CIAP/CID code is text about the patient.
        "rl_evolucao_avaliacao_ciap_cid": {"ds_nota": "free_text"},
        "rl_evolucao_plano_ciap": {"ds_nota": "free_text"},
        "rl_evolucao_subjetivo_ciap": {"ds_nota": "free_text"},
        # The ta_* trigger audit copies and tl_* Envers revisions copy the row: labelled as the row,
        # their own dt_auditoria / co_revisao date or key the log (not). nu_area and nu_micro_area
        # place the patient's home in the health team's area and micro-area, a subdivision of the
        # municipality (address); no_*_filtro are the names normalised for search (derived: name).
        "ta_cidadao": {
            **_same("nu_area nu_micro_area no_localidade_exterior ds_cep "
                "ds_complemento ds_ponto_referencia ds_logradouro nu_numero "
                "no_bairro no_bairro_filtro", "address"),
            **_same("nu_nis_pis_pasep nu_cpf nu_cpf_cuidador nu_cpf_responsavel", "ssn"),
            **_same("dt_atualizado dt_nascimento_responsavel dt_nascimento_cuidador "
                "dt_ultima_ficha dt_atualizado_cadsus dt_naturalizacao "
                "dt_entrada_brasil dt_nascimento dt_obito", "date"),
            **_same("nu_cns_responsavel nu_cns_cuidador nu_cns", "health_plan"),
            **_same("no_responsavel no_cuidador no_cidadao no_cidadao_filtro no_mae "
                "no_mae_filtro no_pai no_social", "name"),
            **_same("nu_portaria_naturalizacao nu_documento_obito", "other_id"),
            **_same("nu_telefone_residencial nu_telefone_celular nu_telefone_contato", "phone"),
            "ds_email": "email",
        },
        "ta_cidadao_vinculacao_equipe": {"dt_atualizacao_cadastro": "date"},
        "ta_retificacao_atend": {
            "bl_conteudo_atendimento": "other_id",
            "dt_exclusao": "date",
        },
        # Home care (atencao domiciliar): the origin typed when none fits is text about the patient;
        # the death certificate number (DO) is `other_id`.
        "tb_ad_cidadao": {
            **_same("dt_admissao dt_saida dt_ultima_visita dt_proxima_visita "
                "dt_reg_obito", "date"),
            "no_especificacao_origem": "free_text",
            "nu_documento_obito": "other_id",
        },
        "tb_ad_cidadao_historico": {"dt_registro": "date"},
        # The home-care app's transmission session: its content is the synced patient data (as a
        # stored form), the user data is staff's (not).
        "tb_ad_transmissao_sessao": {"ds_conteudo": "other_id"},
        # An appointment: the reservation reason and sync errors are workflow text (not); the last
        # sync attempt dates a queue (not).
        "tb_agendado": {
            **_same("dt_agendado hr_inicial_agendado dt_criacao", "date"),
            "ds_observacao": "free_text",
        },
        # The allergen typed when no code fits is free text (as OpenMRS's *_non_coded).
        "tb_alergia": _same("no_substancia_especifica "
            "no_substancia_especifica_filtr", "free_text"),
        "tb_alergia_evolucao": {
            **_same("no_manifestacoes no_evolucao", "free_text"),
            "dt_instalacao": "date",
        },
        # Obstetric counts kept as text (ds_parto, ds_aborto...) and birth measures are not; the
        # surgery, hospitalisation, drug-allergy and observation fields are free text.
        "tb_antecedente": {
            **_same("ds_cirurgia ds_internacao ds_alergia_medicamento "
                "ds_observacao", "free_text"),
            **_same("dt_ultimo_parto dt_ultima_atualizacao_pessoal "
                "dt_ultima_atualizacao_gestacnl dt_ultima_atualizacao_puericu", "date"),
        },
        # The late-record justification (a 50-character workflow reason) is not.
        "tb_atend": _same("dt_fim dt_inicio dt_encaminhamento dt_criacao_registro "
            "dt_ultima_alteracao_status", "date"),
        "tb_atend_prof": _same("dt_fim dt_inicio", "date"),
        # The caregiver is a relative or carer of the patient; the serial, maker and model of the
        # professional's tablet are staff's device (not).
        "tb_atend_prof_ad": {
            "nu_cns_cuidador": "health_plan",
            "no_cuidador": "name",
            "dt_nascimento_cuidador": "date",
            "nu_cpf_cuidador": "ssn",
        },
        # A medical certificate's text and its QR code image (the certificate as a stored document).
        "tb_atestado": {
            "dt_atestado": "date",
            "ds_atestado": "free_text",
            "im_qrcode_atestado": "other_id",
        },
        # The audit event's details copy what was done to a record (as OpenEMR's log.comments); its
        # time dates the log (not).
        "tb_auditoria_evento": {"ds_detalhes": "free_text"},
        "tb_cds_atend_domiciliar": {
            "nu_cartao_sus": "health_plan",
            "dt_nascimento": "date",
            "nu_cpf_cidadao": "ssn",
        },
        "tb_cds_atend_individual": {
            "nu_cartao_sus": "health_plan",
            "nu_prontuario": "mrn",
            **_same("dt_nascimento dt_ultima_menstruacao", "date"),
            "nu_cpf_cidadao": "ssn",
        },
        "tb_cds_atend_odonto": {
            "nu_cartao_sus": "health_plan",
            "nu_prontuario": "mrn",
            "dt_nascimento": "date",
            "nu_cpf_cidadao": "ssn",
        },
        "tb_cds_ativ_col_participante": {
            "nu_cartao_sus": "health_plan",
            "dt_nascimento": "date",
            "nu_cpf_cidadao": "ssn",
        },
        "tb_cds_aval_elegibilidade": {
            **_same("ds_complemento no_bairro no_logradouro nu_cep nu_domicilio "
                "ds_ponto_referencia", "address"),
            "ds_email_cidadao": "email",
            **_same("dt_aval_elegibilidade dt_nascimento dt_naturalizacao "
                "dt_entrada_brasil", "date"),
            **_same("no_cidadao no_mae_cidadao no_social_cidadao no_pai_cidadao", "name"),
            **_same("nu_cns_cidadao nu_cns_cuidador", "health_plan"),
            **_same("nu_fone_referencia nu_fone_residencia", "phone"),
            **_same("nu_nis_pis_pasep nu_cpf_cidadao nu_cpf_cuidador", "ssn"),
            "nu_prontuario": "mrn",
            "ds_portaria_naturalizacao": "other_id",
        },
        # Households: the address and phones are the residents'; the long-stay institution, its
        # technical responsible and role are not a patient's; ds_rg_recusa_cad is read as the RG
        # (Registro Geral) number of the citizen refusing registration (`other_id`).
        "tb_cds_cad_domiciliar": {
            **_same("no_logradouro nu_domicilio ds_complemento no_bairro nu_cep "
                "no_logradouro_filtro ds_ponto_referencia nu_micro_area "
                "ds_complemento_filtro nu_latitude nu_longitude", "address"),
            **_same("nu_fone_residencia nu_fone_referencia", "phone"),
            "ds_rg_recusa_cad": "other_id",
            "dt_cad_domiciliar": "date",
        },
        "tb_cds_cad_individual": {
            **_same("nu_pis_pasep nu_cpf_cidadao nu_cpf_responsavel", "ssn"),
            **_same("nu_cartao_sus_responsavel nu_cns_cidadao", "health_plan"),
            **_same("dt_nascimento_responsavel dt_cad_individual dt_nascimento "
                "dt_naturalizacao dt_entrada_brasil dt_obito", "date"),
            **_same("ds_rg_recusa_cad ds_portaria_naturalizacao nu_declaracao_obito", "other_id"),
            **_same("no_cidadao no_social_cidadao no_mae_cidadao no_cidadao_filtro "
                "no_pai_cidadao", "name"),
            "nu_celular_cidadao": "phone",
            "ds_email_cidadao": "email",
            "nu_micro_area": "address",
        },
        "tb_cds_domicilio": {
            **_same("ds_complemento no_logradouro no_bairro ds_cep nu_domicilio "
                "nu_micro_area ds_ponto_referencia nu_latitude nu_longitude", "address"),
            **_same("nu_fone_referencia nu_fone_residencia", "phone"),
            "dt_ultima_atualizacao": "date",
        },
        "tb_cds_domicilio_familia": {
            "nu_prontuario": "mrn",
            "nu_cartao_sus": "health_plan",
            **_same("dt_nascimento dt_mudanca", "date"),
            "nu_cpf_cidadao": "ssn",
        },
        # A CDS form's date (dt_ficha) dates the attendances it holds; the collective-activity form
        # (tb_cds_ficha_ativ_col) is a group's, not a patient's.
        "tb_cds_ficha_atend_domiciliar": {"dt_ficha": "date"},
        "tb_cds_ficha_atend_individual": {"dt_ficha": "date"},
        "tb_cds_ficha_atend_odonto": {"dt_ficha": "date"},
        "tb_cds_ficha_consumo_alimentar": {
            **_same("dt_ficha dt_nascimento_cidadao", "date"),
            "nu_cns_cidadao": "health_plan",
            "no_identificacao_cidadao": "name",
            "nu_cpf_cidadao": "ssn",
        },
        "tb_cds_ficha_proced": {"dt_ficha": "date"},
        "tb_cds_ficha_vacinacao": {"dt_ficha": "date"},
        "tb_cds_ficha_visita_domiciliar": {"dt_ficha": "date"},
        "tb_cds_ficha_zika_microcefalia": {
            **_same("nu_cns_cidadao nu_cns_responsavel_familiar", "health_plan"),
            **_same("dt_ficha_complementar dt_teste_olhinho dt_exame_fundo_olho "
                "dt_exame_orelhinha dt_us_transfontanela "
                "dt_tomografia_computadorizada dt_ressonancia_magnetica", "date"),
            **_same("nu_cpf_cidadao nu_cpf_responsavel", "ssn"),
        },
        "tb_cds_proced": {
            "nu_cartao_sus": "health_plan",
            "nu_prontuario": "mrn",
            "dt_nascimento": "date",
            "nu_cpf_cidadao": "ssn",
        },
        "tb_cds_vacinacao": {
            "nu_prontuario": "mrn",
            "nu_cartao_sus": "health_plan",
            "dt_nascimento": "date",
            "nu_cpf_cidadao": "ssn",
        },
        "tb_cds_visita_domiciliar": {
            "nu_cartao_sus": "health_plan",
            "nu_prontuario": "mrn",
            "dt_nascimento": "date",
            **_same("nu_micro_area nu_latitude nu_longitude", "address"),
            "nu_cpf_cidadao": "ssn",
        },
        "tb_cidadao": {
            **_same("nu_area nu_micro_area no_localidade_exterior ds_cep "
                "ds_complemento ds_ponto_referencia ds_logradouro nu_numero "
                "no_bairro no_bairro_filtro", "address"),
            **_same("nu_nis_pis_pasep nu_cpf nu_cpf_cuidador nu_cpf_responsavel", "ssn"),
            **_same("dt_atualizado dt_nascimento_responsavel dt_nascimento_cuidador "
                "dt_ultima_ficha dt_atualizado_cadsus dt_naturalizacao "
                "dt_entrada_brasil dt_nascimento dt_obito", "date"),
            **_same("nu_cns_responsavel nu_cns_cuidador nu_cns", "health_plan"),
            **_same("no_responsavel no_cuidador no_cidadao no_cidadao_filtro no_mae "
                "no_mae_filtro no_pai no_social", "name"),
            **_same("nu_portaria_naturalizacao nu_documento_obito", "other_id"),
            **_same("nu_telefone_residencial nu_telefone_celular nu_telefone_contato", "phone"),
            "ds_email": "email",
        },
        "tb_cidadao_grupo": {
            "nu_cns": "health_plan",
            "dt_atualizacao": "date",
            "nu_cpf": "ssn",
        },
        "tb_cidadao_grupo_ativ_col": {
            "no_cidadao_grupo": "name",
            "nu_cns": "health_plan",
            "dt_nascimento": "date",
            "nu_cpf": "ssn",
        },
        "tb_cidadao_nucleo_familiar": {
            "dt_ultima_atualizacao": "date",
            "nu_cpf_cns_responsavel": "other_id",
        },
        "tb_cidadao_vinculacao_equipe": {"dt_atualizacao_cadastro": "date"},
        # A transmitted CDS/PEC record serialised (im_dado_serializado) is a whole patient record
        # (as a stored HL7 message, `other_id`); the transmission's times date a queue (not).
        "tb_dado_transp": {"im_dado_serializado": "other_id"},
        "tb_dado_transp_recebido_online": {"im_dado_serializado": "other_id"},
        # co_identificacao holds the citizen's CPF or CNS (tp_identificacao says which): `other_id`.
        "tb_dim_cidadao_pec_grupo": {"co_identificacao": "other_id"},
        "tb_encaminhamento": _same("ds_complemento ds_motivo_encaminhamento "
            "ds_observacao", "free_text"),
        "tb_evolucao_avaliacao": {"ds_avaliacao": "free_text"},
        "tb_evolucao_objetivo": {"ds_objetivo": "free_text"},
        "tb_evolucao_odonto": _same("ds_outro ds_evolucao", "free_text"),
        "tb_evolucao_plano": {"ds_plano": "free_text"},
        "tb_evolucao_subjetivo": _same("ds_subjetivo "
            "ds_acompanhado_especialidade", "free_text"),
        "tb_exame_detalhe_resultado": {"ds_resultado": "free_text"},
        "tb_exame_prenatal": {"dt_provavel_parto_eco": "date"},
        "tb_exame_requisitado": {
            **_same("dt_resultado dt_realizacao dt_solicitacao", "date"),
            **_same("ds_resultado ds_observacao", "free_text"),
        },
        "tb_familia": {
            "nu_cpf_cns_responsavel": "other_id",
            "nu_prontuario_familiar": "mrn",
            **_same("dt_nascimento_responsavel dt_reside_desde dt_atualizacao_fcd", "date"),
        },
        # The warehouse (tb_fat_*): co_dim_tempo* hold the date as a YYYYMMDD integer key of
        # tb_dim_tempo (queries read them with to_date(co_dim_tempo::text, 'YYYYMMDD')): on a
        # patient's fact row they are dates (birth included: co_dim_tempo_nascimento), on
        # tb_dim_tempo itself and on the group-activity, procedure-count and form-count facts not.
        # nu_uuid_* (the form's UUID) and nu_atendimento (its ordinal in the form) are not.
        "tb_fat_atd_ind_encaminhamentos": {
            "co_dim_tempo": "date",
            "nu_cns_cidadao": "health_plan",
            "nu_cpf_cidadao": "ssn",
        },
        "tb_fat_atd_ind_exames": {
            **_same("co_dim_tempo dt_solicitacao dt_realizacao dt_resultado "
                "dt_resultado_data", "date"),
            "nu_cns_cidadao": "health_plan",
            "nu_cpf_cidadao": "ssn",
        },
        # The dose and its frequency are structured prescription parts (not).
        "tb_fat_atd_ind_medicamentos": {
            **_same("co_dim_tempo dt_inicio_tratamento", "date"),
            "nu_cns_cidadao": "health_plan",
            "nu_cpf_cidadao": "ssn",
        },
        "tb_fat_atd_ind_problemas": {
            "co_dim_tempo": "date",
            "nu_cns": "health_plan",
            "nu_cpf_cidadao": "ssn",
        },
        "tb_fat_atd_ind_procedimentos": {
            "co_dim_tempo": "date",
            "nu_cns": "health_plan",
            "nu_cpf_cidadao": "ssn",
        },
        "tb_fat_atend_dom_condicao_aval": {"co_dim_tempo": "date"},
        "tb_fat_atend_dom_proced": {"co_dim_tempo": "date"},
        "tb_fat_atend_odonto_encaminham": {
            "co_dim_tempo": "date",
            "nu_cns_cidadao": "health_plan",
            "nu_cpf_cidadao": "ssn",
        },
        "tb_fat_atend_odonto_exames": {
            **_same("co_dim_tempo dt_solicitacao dt_realizacao dt_resultado "
                "dt_resultado_data", "date"),
            "nu_cns_cidadao": "health_plan",
            "nu_cpf_cidadao": "ssn",
        },
        "tb_fat_atend_odonto_medicament": {
            **_same("co_dim_tempo dt_inicio_tratamento", "date"),
            "nu_cns_cidadao": "health_plan",
            "nu_cpf_cidadao": "ssn",
        },
        "tb_fat_atend_odonto_problemas": {
            "co_dim_tempo": "date",
            "nu_cns": "health_plan",
            "nu_cpf_cidadao": "ssn",
        },
        "tb_fat_atend_odonto_proced": {
            "co_dim_tempo": "date",
            "nu_cns": "health_plan",
            "nu_cpf_cidadao": "ssn",
        },
        "tb_fat_atendimento_domiciliar": {
            **_same("co_dim_tempo dt_nascimento", "date"),
            "nu_cns": "health_plan",
            "nu_cpf_cidadao": "ssn",
        },
        "tb_fat_atendimento_individual": {
            **_same("co_dim_tempo dt_nascimento co_dim_tempo_dum dt_inicial_atendimento "
                "dt_final_atendimento", "date"),
            "nu_cns": "health_plan",
            "nu_prontuario": "mrn",
            "nu_cpf_cidadao": "ssn",
        },
        "tb_fat_atendimento_odonto": {
            **_same("co_dim_tempo dt_nascimento dt_inicial_atendimento "
                "dt_final_atendimento", "date"),
            "nu_cns": "health_plan",
            "nu_prontuario": "mrn",
            "nu_cpf_cidadao": "ssn",
        },
        "tb_fat_atvdd_coletiva_part": {
            **_same("co_dim_tempo dt_participante_nascimento", "date"),
            "nu_participante_cns": "health_plan",
            "nu_cpf_participante": "ssn",
        },
        "tb_fat_avaliacao_elegibilidade": {
            **_same("co_dim_tempo dt_nascimento dt_naturalizacao dt_entrada_brasil", "date"),
            **_same("nu_cns nu_cns_cuidador", "health_plan"),
            **_same("no_nome no_nome_social no_nome_mae no_nome_pai", "name"),
            **_same("nu_nis nu_cpf_cidadao nu_cpf_cuidador", "ssn"),
            "nu_portaria_naturalizacao": "other_id",
            "no_email": "email",
            **_same("nu_cep_residencia no_bairro_residencia no_logradouro_residencia "
                "nu_num_logradouro_residencia no_complemento_residencia "
                "no_referencia_residencia", "address"),
            **_same("nu_telefone_residencia nu_telefone_contato", "phone"),
        },
        "tb_fat_cad_dom_familia": {
            **_same("co_dim_tempo co_dim_tempo_validade co_dim_tempo_validade_recusa "
                "dt_nascimento dt_inicio_residencia", "date"),
            "nu_cns_responsavel": "health_plan",
            "nu_micro_area": "address",
            "nu_prontuario": "mrn",
            "nu_cpf_responsavel": "ssn",
        },
        # The household's institution (name, role, the responsible's CNS and phone) is not a
        # patient's.
        "tb_fat_cad_domiciliar": {
            **_same("co_dim_tempo co_dim_tempo_validade co_dim_tempo_validade_recusa", "date"),
            **_same("nu_micro_area nu_cep no_logradouro nu_num_logradouro "
                "no_complemento no_bairro no_ponto_referencia nu_latitude "
                "nu_longitude", "address"),
            **_same("nu_telefone_residencia nu_telefone_contato", "phone"),
        },
        # co_dim_tempo_morador_rua is a code (time living in the street, not a date); the reason for
        # a hospitalisation, the medicinal plants and the other conditions typed are free text; the
        # maternity, the following institution and the visiting relative's degree are not.
        "tb_fat_cad_individual": {
            **_same("nu_cns nu_cns_responsavel", "health_plan"),
            **_same("dt_nascimento co_dim_tempo co_dim_tempo_validade "
                "co_dim_tempo_validade_recusa dt_naturalizacao dt_entrada_brasil "
                "dt_obito", "date"),
            "nu_micro_area": "address",
            **_same("no_nome no_nome_social no_nome_mae no_nome_pai", "name"),
            **_same("nu_nis nu_cpf_cidadao nu_cpf_responsavel", "ssn"),
            **_same("nu_portaria_naturalizacao nu_obito_do", "other_id"),
            "nu_celular": "phone",
            "no_email": "email",
            **_same("no_causa_internacao12 no_plantas_medicinais "
                "no_outra_condicao1 no_outra_condicao2 no_outra_condicao3", "free_text"),
        },
        "tb_fat_cidadao": {
            "nu_cns": "health_plan",
            **_same("co_dim_tempo co_dim_tempo_validade co_dim_linha_tempo_validade "
                "co_dim_tempo_valdd_equipe co_dim_linha_tempo_valdd_equp "
                "co_dim_tempo_valdd_unidd_saud co_dim_lnh_vldd_unidd_sad "
                "co_dim_tempo_valdd_municipio co_dim_linha_valdd_municipio", "date"),
            "nu_cpf_cidadao": "ssn",
        },
        "tb_fat_cidadao_pec": {
            "nu_cns": "health_plan",
            **_same("no_cidadao no_social_cidadao", "name"),
            "co_dim_tempo_nascimento": "date",
            "nu_telefone_celular": "phone",
            "nu_cpf_cidadao": "ssn",
        },
        "tb_fat_cidadao_territorio": {"nu_micro_area": "address"},
        "tb_fat_complementar": {
            **_same("co_dim_tempo dt_teste_olhinho dt_exame_fundo_olho "
                "dt_teste_orelhinha dt_transfontanela dt_tomografia dt_ressonancia", "date"),
            **_same("nu_cns nu_cns_responsavel", "health_plan"),
            **_same("nu_cpf_cidadao nu_cpf_responsavel", "ssn"),
        },
        "tb_fat_consolidado_cidadao_fai": _same("co_dim_tempo_ultima_ficha "
            "co_dim_tempo_has "
            "co_dim_tempo_diabetes "
            "co_dim_tempo_tabagismo "
            "co_dim_tempo_obesidade "
            "co_dim_tempo_avc "
            "co_dim_tempo_infarto "
            "co_dim_tempo_doenca_cardiaca "
            "co_dim_tempo_problema_rins "
            "co_dim_tempo_rastr_rsco_crdo "
            "co_dim_tempo_consulta_purperio "
            "co_dim_tempo_consulta_prcltra "
            "co_dim_tempo_cnslta_1_prcltra", "date"),
        "tb_fat_consolidado_cidadao_fao": {"co_dim_tempo_ultima_ficha": "date"},
        "tb_fat_consolidado_cidadao_fci": _same("co_dim_tempo_ultima_ficha "
            "co_dim_tempo_has_sim "
            "co_dim_tempo_has_nao "
            "co_dim_tempo_diabete_sim "
            "co_dim_tempo_diabete_nao "
            "co_dim_tempo_fumante_sim "
            "co_dim_tempo_fumante_nao "
            "dt_nascimento co_dim_tempo_avc_sim "
            "co_dim_tempo_infarto_sim "
            "co_dim_tempo_donca_crdaca_sim "
            "co_dim_tempo_problema_rins_sim "
            "co_dim_tempo_avc_nao "
            "co_dim_tempo_infarto_nao "
            "co_dim_tempo_donca_crdaca_nao "
            "co_dim_tempo_problema_rins_nao", "date"),
        "tb_fat_consolidado_cidadao_fp": {"co_dim_tempo_ultima_ficha": "date"},
        "tb_fat_consolidado_cidadao_fvd": _same("co_dim_tempo_ultima_ficha "
            "co_dim_tempo_ult_visita_acs", "date"),
        "tb_fat_familia": {
            "nu_cns_responsavel": "health_plan",
            **_same("co_dim_tempo co_dim_tempo_validade", "date"),
            "nu_cpf_responsavel": "ssn",
        },
        "tb_fat_familia_territorio": {
            "co_dim_tempo_fcd": "date",
            "nu_prontuario": "mrn",
            "nu_micro_area": "address",
        },
        "tb_fat_marca_consumo_alimnt": {
            **_same("co_dim_tempo dt_nascimento", "date"),
            "nu_cns": "health_plan",
            "no_nome": "name",
            "nu_cpf_cidadao": "ssn",
        },
        "tb_fat_proced_atend": {
            **_same("co_dim_tempo dt_nascimento dt_inicial_atendimento "
                "dt_final_atendimento", "date"),
            "nu_cns": "health_plan",
            "nu_prontuario": "mrn",
            "nu_cpf_cidadao": "ssn",
        },
        "tb_fat_proced_atend_proced": {
            **_same("co_dim_tempo dt_nascimento", "date"),
            "nu_cns": "health_plan",
            "nu_cpf_cidadao": "ssn",
        },
        "tb_fat_rel_op_crianca": _same("dt_atend_odonto dt_ultima_visita_domiciliar "
            "dt_atend_puericultura "
            "dt_1_consulta_puericultura", "date"),
        "tb_fat_rel_op_gestante": _same("dt_inicio_gestacao dt_inicio_puerperio "
            "dt_fim_puerperio dt_fao_ultimo dt_fvd_ultimo "
            "dt_fai_dum dt_ultima_fai_pre_natal "
            "dt_fai_puerperio", "date"),
        "tb_fat_rel_op_risco_cardio": _same("dt_hipertensao_arterial_fai "
            "dt_hiprtnsao_arterial_fci_sim "
            "dt_hiprtnsao_arterial_fci_nao "
            "dt_diabetes_fai dt_diabetes_fci_sim "
            "dt_diabetes_fci_nao dt_tabagismo_fai "
            "dt_tabagismo_fci_sim "
            "dt_tabagismo_fci_nao dt_obesidade_fai "
            "dt_rastreamento_risco_cardio "
            "dt_ultima_visita_domiciliar "
            "dt_atend_odonto dt_atend_individual", "date"),
        "tb_fat_vacinacao": {
            **_same("co_dim_tempo dt_nascimento dt_inicial_atendimento "
                "dt_final_atendimento", "date"),
            "nu_prontuario": "mrn",
            "nu_cns": "health_plan",
            "nu_cpf_cidadao": "ssn",
        },
        "tb_fat_vacinacao_vacina": _same("co_dim_tempo co_dim_tempo_vacina_aplicada", "date"),
        "tb_fat_visita_domiciliar": {
            **_same("co_dim_tempo dt_nascimento", "date"),
            **_same("nu_micro_area nu_latitude nu_longitude", "address"),
            "nu_cns": "health_plan",
            "nu_prontuario": "mrn",
            "nu_cpf_cidadao": "ssn",
        },
        "tb_historico_cabecalho": {
            "nu_cpf_cns_cidadao": "other_id",
            "dt_atendimento": "date",
        },
        "tb_historico_unificacao": {"dt_unificacao": "date"},
        # The justification typed for an appointment or a citizen's inactivation is a workflow
        # reason (as void_reason, not); the one typed to open a patient's chart is free text (as the
        # hofresh round's call).
        "tb_justificativa_agenda": {"dt_justificativa": "date"},
        "tb_justificativa_prontuario": {
            "dt_acesso_prontuario": "date",
            "ds_justificativa": "free_text",
        },
        "tb_justificativa_status_ciddao": {"dt_justificativa": "date"},
        "tb_lembrete": {
            "dt_prontuario_lembrete": "date",
            "ds_lembrete": "free_text",
        },
        "tb_lembrete_evolucao": {
            "ds_lembrete": "free_text",
            "dt_prontuario_lembrete": "date",
        },
        "tb_medicao": _same("dt_medicao dt_ultima_menstruacao", "date"),
        "tb_orientacao": {"ds_orientacao": "free_text"},
        # The citizen's photograph and its thumbnail.
        "tb_pessoa_fisica_imagem": _same("im_icone im_conteudo", "photo"),
        "tb_pre_natal": _same("dt_ultima_menstruacao dt_desfecho", "date"),
        "tb_problema": {
            "dt_registro": "date",
            **_same("ds_outro ds_problema_filtro", "free_text"),
        },
        # A problem's onset and end kept as day, month (a key of tb_mes) and year: day and month are
        # dates, the year is not (as OSCAR's split birth date).
        "tb_problema_evolucao": {
            "ds_observacao": "free_text",
            **_same("co_mes_inicio co_mes_fim nu_dia_inicio nu_dia_fim", "date"),
        },
        "tb_proced_solicitado": {
            **_same("ds_orientacao ds_observacao_execucao", "free_text"),
            **_same("dt_solicitacao dt_execucao", "date"),
        },
        "tb_prontuario_grupo_historico": {"dt_unificacao": "date"},
        "tb_prontuario_unidade_saude": {"nu_prontuario": "mrn"},
        "tb_qst_questionario_respondido": {"dt_respondido": "date"},
        # The posology (the sig) and the recommendation are free text; dose and frequency not.
        "tb_receita_medicamento": {
            **_same("no_posologia ds_recomendacao", "free_text"),
            **_same("dt_inicio_tratamento dt_fim_tratamento", "date"),
        },
        "tb_registro_vacinacao": {
            **_same("dt_aprazamento dt_aplicacao", "date"),
            "ds_observacoes": "free_text",
        },
        "tb_requisicao_exame": {
            **_same("dt_requisicao dt_ultima_menstruacao", "date"),
            **_same("ds_justificativa_procedimento ds_observacao", "free_text"),
        },
        # A rectified attendance's stored content is a copy of the patient's record (`other_id`).
        "tb_retificacao_atend": {
            "bl_conteudo_atendimento": "other_id",
            "dt_exclusao": "date",
        },
        "tl_cidadao": {
            **_same("nu_area nu_micro_area no_localidade_exterior ds_cep "
                "ds_complemento ds_ponto_referencia ds_logradouro nu_numero "
                "no_bairro no_bairro_filtro", "address"),
            **_same("nu_nis_pis_pasep nu_cpf nu_cpf_cuidador nu_cpf_responsavel", "ssn"),
            **_same("dt_atualizado dt_nascimento_responsavel dt_nascimento_cuidador "
                "dt_ultima_ficha dt_atualizado_cadsus dt_naturalizacao "
                "dt_entrada_brasil dt_ultima_alteracao_cns dt_nascimento dt_obito", "date"),
            **_same("nu_cns_responsavel nu_cns_cuidador nu_cns", "health_plan"),
            **_same("no_responsavel no_cuidador no_cidadao no_cidadao_filtro no_mae "
                "no_mae_filtro no_pai no_pai_filtro no_social", "name"),
            **_same("nu_portaria_naturalizacao nu_documento_obito", "other_id"),
            **_same("nu_telefone_residencial nu_telefone_celular nu_telefone_contato", "phone"),
            "ds_email": "email",
        },
        "tl_cns": {"nu_cns": "health_plan"},
    },
    # Round 19 (ho17c): CPRD Aurum (the UK GP research database from EMIS Web practices) as
    # oxford-pharmacoepi/etl_ndorms creates its source tables. patid, pracid, staffid,
    # usualgpstaffid, consid, obsid, issueid, drugrecid and the parent/problem obsids are the
    # release's pseudonymous keys (not, as MIMIC's subject_id); yob is the year alone (not), mob
    # the month of birth, an element of the birth date finer than the year (date, as TPP's
    # Month_of_Birth); death (EMIS- and CPRD-derived), registration, event and entered dates on
    # a patient's rows are dates, a problem's end and last-review dates too. Not: the practice's
    # last collection and up-to-standard dates and the Vision-to-EMIS migration dates (a
    # practice's, not a patient's), region, values, ranges, quantities, durations, costs, codes,
    # referral organisations (pseudonymised ids of organisations), the dosageid (a hash keying
    # the common_dosages lookup) and every lookup, common_dosages' dosage_text included (a
    # dictionary of dosage texts, each shared by many issues, released because common: a
    # code list, not the sig on a patient's row).
    "cprd_aurum": {
        "patient": _same("mob emis_ddate regstartdate regenddate cprd_ddate", "date"),
        "consultation": _same("consdate enterdate", "date"),
        "observation": _same("obsdate enterdate", "date"),
        "problem": _same("probenddate lastrevdate", "date"),
        "drugissue": _same("issuedate enterdate", "date"),
    },
    # Round 19 (helper ho17b): dcm4chee 2.x (the JBoss DICOM archive), its MySQL create script
    # (dcm4jboss-ejb/src/etc/mysql/sql/create.mysql, the 2.19.x trunk: 2.18's tables plus
    # files.orig_md5). Labelled as dcm4chee (arc-light, the development set): the patient's ID
    # (`mrn`), name with its ideographic and phonetic forms and the soundex codes of its family
    # and given names (`name`), the birth date kept as DICOM text; study/series/SOP instance,
    # MPPS, GP-SPS/GP-PPS and UPS UIDs, Study ID, accession numbers, requested procedure and
    # scheduled step ids and the admission id wherever kept (`other_id`); every *_attrs blob (the
    # DICOM attributes of the row, `other_id`); study, content, performed and scheduled times and
    # the record-keeping times of a patient's rows (`date`). Not: issuers of patient IDs and
    # accession numbers, sex, the *_custom1..3 attributes, descriptions, modality, body part,
    # institution, department, station, AE titles, referring, performing, requesting and
    # verifying physicians and human performers with their soundex codes (staff), counts,
    # statuses, file-set ids of offline media, configuration (ae, code, issuer, device,
    # filesystem, hanging protocols, users and roles).
    "dcm4chee2": {
        "patient": {
            "pat_id": "mrn",
            **_same("pat_name pat_fn_sx pat_gn_sx pat_i_name pat_p_name", "name"),
            **_same("pat_birthdate updated_time created_time", "date"),
            "pat_attrs": "other_id",
        },
        # The patient's other patient IDs (IDs under other issuers: the patient's record numbers
        # at other sites), as patient_id.pat_id; their issuer is not.
        "other_pid": {"pat_id": "mrn"},
        # checked_time (when the archive last checked the study's files) follows the
        # archive-maintenance rule on a patient's study (as series.compress_time); fileset_iuid
        # and fileset_id name the offline medium the study was written to (a storage object).
        "study": {
            **_same("study_iuid study_id accession_no study_attrs", "other_id"),
            **_same("study_datetime checked_time updated_time created_time", "date"),
        },
        # Per-study access rights: the study UID is kept (UIDs wherever kept), action and role
        # names are configuration.
        "study_permission": {"study_iuid": "other_id"},
        "mpps": {
            **_same("mpps_iuid accession_no mpps_attrs", "other_id"),
            **_same("pps_start updated_time created_time", "date"),
        },
        "series": {
            **_same("series_iuid pps_iuid series_attrs", "other_id"),
            **_same("pps_start created_time updated_time", "date"),
        },
        "series_req": _same("accession_no study_iuid req_proc_id sps_id", "other_id"),
        # media: offline media (CD/DVD) written by the media creation service, a storage object
        # holding many studies; its ids, status text and times are not a patient's.
        "instance": {
            **_same("sop_iuid inst_attrs", "other_id"),
            **_same("content_datetime updated_time created_time", "date"),
        },
        # The observer who verified a structured report is staff; the verification time dates
        # the patient's report (as arc-light's verify_observer).
        "verify_observer": {"verify_datetime": "date"},
        "content_item": {"text_value": "free_text"},
        # files / priv_file: the file path under the file system, checksums and times of stored
        # files are storage objects (as arc-light's location), not.
        # study_on_fs: the last access time of a patient's study on a file system (the deletion
        # policy's clock), as arc-light's study.access_time.
        "study_on_fs": {"access_time": "date"},
        "mwl_item": {
            **_same("sps_id req_proc_id accession_no study_iuid item_attrs", "other_id"),
            **_same("start_datetime updated_time created_time", "date"),
        },
        # General purpose worklist: a scheduled step for a patient (its SOP instance and
        # transaction UIDs, as arc-light's ups_iuid and transaction_iuid) and the performed step.
        "gpsps": {
            **_same("gpsps_iuid gpsps_tuid item_attrs", "other_id"),
            **_same("start_datetime end_datetime", "date"),
        },
        # gpsps_perf: the human performers (staff), not.
        "gpsps_req": _same("req_proc_id accession_no", "other_id"),
        "gppps": {
            **_same("pps_iuid pps_attrs", "other_id"),
            **_same("pps_start created_time updated_time", "date"),
        },
        # The admission id is `other_id` (as arc-light's ups.admission_id), its issuer not; the
        # procedure step and worklist labels are not (as arc-light's ups_label, worklist_label).
        "ups": {
            **_same("ups_iuid ups_tuid adm_id ups_attrs", "other_id"),
            **_same("ups_start_time ups_compl_time created_time updated_time", "date"),
        },
        "ups_req": _same("req_proc_id accession_no", "other_id"),
        # The related and the replaced procedure steps' instance UIDs (as ups.replaced_iuid).
        "ups_rel_ps": {"sop_iuid": "other_id"},
        "ups_repl_ps": {"sop_iuid": "other_id"},
        # The trash (priv_*): deleted patients, studies, series and instances kept with their
        # identifiers and attribute blobs until emptied, labelled as the live tables;
        # priv_instance.created_time (when the instance was moved to the trash) is read as
        # date_voided on a patient's row (as ClearCanvas's StudyDeleteRecord.Timestamp).
        "priv_patient": {"pat_id": "mrn", "pat_name": "name", "pat_attrs": "other_id"},
        "priv_study": _same("study_iuid accession_no study_attrs", "other_id"),
        "priv_series": _same("series_iuid series_attrs", "other_id"),
        "priv_instance": {**_same("sop_iuid inst_attrs", "other_id"), "created_time": "date"},
        # A study published to an XDS registry (XDS-I manifest): doc_uid, the manifest's unique
        # id (a DICOM instance UID of the patient's key object), is `other_id`; docentry_uid (the
        # registry's generated entryUUID, as a store's logical id) and repository_uid (the
        # repository's OID) are not; the row's times date the export, not the study (as
        # arc-light's stgcmt_result and export tasks).
        "published_study": {"doc_uid": "other_id"},
    },
    # FreeHealth EHR (FreeMedForms; the plugins' MySQL databases: patients, episodes, users,
    # agenda, accountancy, PMHx, alerts, categories, XML forms). Every *_UID/*_UUID column
    # holds a UUID FreeMedForms generates (Utils::createUid), a key (not, as MedinTux's GUIDs);
    # users, calendars, accountancy settings, the practice's bank accounts, deposits, assets and
    # movements, insurers, sites, categories and form definitions are not a patient's.
    "freehealth": {
        "PATIENT_IDENTITY": {
            # NAME is the usual (birth) name, SURNAME the first name, SECONDNAME other names.
            **_same("NAME SURNAME SECONDNAME", "name"),
            **_same("DOB DATEOFDEATH", "date"),
            # The province and the two-letter country are not; PROFESSION is an occupation.
            **_same("STREET STREET_NUMBER ZIP CITY", "address"),
            # IDENTITY_ADDRESS_NOTE: a note typed on the patient's contact details.
            "NOTE": "free_text",
            "MAILS": "email",
            **_same("TELS MOBILE_PHONE WORK_PHONE", "phone"),
            "FAXES": "fax",
        },
        "PATIENT_PHOTO": {"PHOTO": "photo"},
        # An episode's USERDATE and DATECREATION (ISO times kept as varchar(20)) date the
        # patient's form; its LABEL is a title (not).
        "EPISODES": _same("USERDATE DATECREATION", "date"),
        # The modification trace of a patient's episode: its date is record keeping on a
        # patient's row, TRACE the stored record of what changed (an audited copy, other-id).
        "MODIF_TRACE": {"DATE": "date", "TRACE": "other_id"},
        "VALIDATION": {"VAL_DATE": "date"},
        # The episode's whole form (every item the clinician filled, prescriptions included) as
        # XML: a stored form document on a patient's row.
        "EPISODES_CONTENT": {"XML_CONTENT": "other_id"},
        # COMMON holds the shared part of an agenda event (patients' appointments and staff
        # events alike): its typed LABEL (the title the calendar shows; patients are linked only
        # by uid in PEOPLE, so the label carries the reason or the name typed) and its
        # description CONTENT are free text (as MedShakeEHR's motif); TEXT_SITE (a location
        # text) is not.
        "COMMON": _same("LABEL CONTENT", "free_text"),
        "EVENTS": _same("DTSTART DTEND", "date"),
        "CYCLING": _same("DTSTART DTEND", "date"),
        # account and acts: the fee record of a patient's visit (MedinTux's honoraires, from
        # which it was ported): the patient's name, the date, the remark and TRACE (the change
        # record, as honoraires.tracabilite) are PHI; the acts' codes text (MP_TXT), MP_XML and
        # DUE_BY (the payer) are not. acts.PATIENT_NAME is declared int(11) (the bug account's
        # v3 update fixed), labelled by what it is declared to hold.
        "account": {
            "PATIENT_NAME": "name",
            **_same("DATE TRACE", "date"),
            "COMMENT": "free_text",
        },
        "acts": {
            "PATIENT_NAME": "name",
            **_same("DATE TRACE", "date"),
            "COMMENT": "free_text",
        },
        # Past medical history: the LABEL is the condition's title (not, as lists.title), the
        # comments are free text, the ICD codes kept as XML are codes.
        "PMH_MASTER": {"COMMENT": "free_text", "CREATIONDATETIME": "date"},
        "PMH_EPISODE": {**_same("DATE_START DATE_END", "date"), "COMMENT": "free_text"},
        # Alerts (mostly patient alerts shown on the patient bar; user and application alerts
        # share the tables, labelled as a shared table is): creation and update dates, the
        # alert's start, expiry and next-cycle times, a validation's time and the validator's
        # comment, and LBL.VAL (the alert's label, category, description and comment texts)
        # are PHI; packs, scripts, CSS, icons and relation keys are not.
        "ALR": _same("C_DATE U_DATE", "date"),
        "LBL": {"VAL": "free_text"},
        "TIM": _same("STR END NCY", "date"),
        "VAL": {"DT": "date", "U_C": "free_text"},
    },
}  # fmt: skip
PHI["esus"].update({f"tl_{table[3:]}": PHI["esus"][table] for table in _ESUS_REVISED.split()})

# VistA (the VA's EHR) as YottaDB Octo's SQL projection of FileMan files (Octo's test fixture
# tests/fixtures/vista-mini.sql: ORDER #100 with its ORDER ACTIONS multiple, ORDER STATUS, DISPLAY
# GROUP, NEW PERSON #200, PATIENT #2). FileMan keeps dates as numbers (YYYMMDD.HHMMSS), which
# Octo declares INTEGER: an integer column holding a FileMan date on a patient's row is a date.
# NEW PERSON is the staff file (its SSN, DOB and home address are staff's): not a patient's.
# The *_ID keys, the DFN and every pointer (INTEGER naming another file's entry) are row keys.
_VISTA_ORDER_DATES = (
    "UAP_LAST_REVIEWED WHEN_ENTERED START_DATE STOP_DATE DATE_OF_LAST_ACTIVITY "
    "LAPSED_DATE_TIME DC_DATE_TIME RESULTS_DATE_TIME"
)
_VISTA_PATIENT_DATES = (
    "DATE_OF_BIRTH DATE_ENTERED_INTO_FILE RES_ADDR_CHAN_DT_TM ADDRESS_CHANGE_DT_TM "
    "TEMPORARY_ADDR_CHAN_DT_TM TEMPORARY_ADDR_START_DATE TEMPORARY_ADDRESS_END_DATE "
    "PAGER_NUMBER_CHANGE_DT_TM EMAIL_ADDRESS_IND_DT_TM RESIDENCE_NUMB_CHAN_DT_TM "
    "EMAIL_ADDRESS_CHANGE_DT_TM CELLULAR_NUMBER_CHAN_DT_TM CONF_ADDR_CHAN_DT_TM "
    "CONFIDENTIAL_START_DATE CONFIDENTIAL_END_DATE INELIGIBLE_DATE MISSING_PERSON_DATE "
    "PRIMARY_NOK_CHAN_DATE_TIME SEC_NOK_CHAN_DATE_TIME SPOUSE_S_RETIREMENT_DATE "
    "DATE_RULED_INCOMPETENT_VA DATE_RULED_INC_CIVIL SC_AWARD_DATE P_T_EFFECTIVE_DATE "
    "EFF_DATE_COMBINED_SC_EVAL MONETARY_BEN_VERIFY_DATE DATE_OF_RETIREMENT VIETNAM_FROM_DATE "
    "VIETNAM_TO_DATE AGENT_ORANGE_REG_DATE AGENT_ORANGE_REP_TO_C_O AGENT_ORANGE_EXAM_DATE "
    "RADIATION_REG_DATE CAMP_LEJEUNE_DATE SERVICE_VERIFICATION_DATE PERSIAN_GULF_FROM_DATE "
    "PERSIAN_GULF_TO_DATE SW_ASIA_COND_REG_DATE SW_ASIA_COND_EXAM_DATE SOMALIA_FROM_DATE "
    "SOMALIA_TO_DATE YUGOSLAVIA_FROM_DATE YUGOSLAVIA_TO_DATE LEBANON_FROM_DATE LEBANON_TO_DATE "
    "GRENADA_FROM_DATE GRENADA_TO_DATE PANAMA_FROM_DATE PANAMA_TO_DATE SERVICE_ENTRY_DATE_LAST "
    "SERVICE_SEP_DATE_LAST SERVICE_ENTRY_DATE_NTL SERVICE_SEP_DATE_NTL SERVICE_ENTRY_DATE_NNTL "
    "SERVICE_SEP_DATE_NNTL E_CONTACT_CHANGE_DATE_TIME E2_CONTACT_CHAN_DATE_TIME "
    "DESIGNEE_CHANGE_DATE_TIME DATE_OF_DEATH DATE_OF_DEATH_LAST_UPDATED ELIGIBILITY_STATUS_DATE "
    "USER_ENR_VALID_THROUGH DATE_MEDICAID_LAST_ASKED PENSION_AWARD_EFF_DATE "
    "PENSION_TERMINATED_DATE DENTAL_APPL_DUE_BEF_DATE DATE_OF_DECISION REVIEW_DATE "
    "DATE_VETERAN_REQ_CD_EVAL DATE_FACILITY_INIT_REVIEW DATE_VETERAN_WAS_NOTIFIED POW_FROM_DATE "
    "POW_TO_DATE COMBAT_FROM_DATE COMBAT_TO_DATE COMBAT_VETERAN_END_DATE CV_DATE_EDITED "
    "DENTAL_ELIG_EXPIRATION DATE_ENTERED_ON_SI_LIST SCORE_CALCULATION_DATE "
    "MOST_RECENT_DATE_OF_CARE APPOINTMENT_REQUEST_DATE N2ND_MOST_REC_DATE_OF_CARE "
    "DATE_STATUS_LAST_EDITED DATE_COMMENT_LAST_EDITED FFF_DATE_ENTERED FFF_DATE_REMOVED "
    "DATE_LAST_EICD_RUN MHVREG_UPDATE_DATE_TIME MHVAUTH_UPDATE_DATE_TIME MHVSM_UPDATE_DATE_TIME"
)
# Address parts finer than the state of the patient and of the relatives, guardians, contacts
# and employers the PATIENT file keeps (county and ZIP+4 included; state, province and
# country pointers not).
_VISTA_PATIENT_ADDRESS = (
    "PLACE_OF_BIRTH_CITY STREET_ADDRESS_LINE_1 ZIP_4 STREET_ADDRESS_LINE_2 STREET_ADDRESS_LINE_3 "
    "CITY RESIDENTIAL_ADDRESS_LINE_1 RESIDENTIAL_ADDRESS_LINE_2 RESIDENTIAL_ADDRESS_LINE_3 "
    "RESIDENTIAL_CITY RESIDENTIAL_ZIP_4 RESIDENTIAL_COUNTY RESIDENTIAL_POSTAL_CODE ZIP_CODE "
    "COUNTY POSTAL_CODE TEMPORARY_STREET_LINE_1 TEMPORARY_ADDRESS_COUNTY TEMPORARY_ZIP_4 "
    "TEMPORARY_STREET_LINE_2 TEMPORARY_STREET_LINE_3 TEMPORARY_CITY TEMPORARY_ZIP_CODE "
    "TEMPORARY_ADDR_POST_CODE CONFIDENTIAL_STREET_LINE_1 CONFIDENTIAL_ADDR_COUNTY "
    "CONF_ADDR_POST_CODE CONFIDENTIAL_STREET_LINE_2 CONFIDENTIAL_STREET_LINE_3 "
    "CONFIDENTIAL_ADDRESS_CITY CONFIDENTIAL_ADDR_ZIP_CODE "
    "K_STREET_ADDRESS_LINE_1 K_STREET_ADDRESS_LINE_2 K_STREET_ADDRESS_LINE_3 K_CITY K_ZIP_CODE "
    "K2_STREET_ADDRESS_LINE_1 K2_STREET_ADDRESS_LINE_2 K2_STREET_ADDRESS_LINE_3 K2_CITY "
    "K2_ZIP_CODE E_ZIP_4 D_ZIP_4 K2_ZIP_4 E2_ZIP_4 EMPLOYER_ZIP_4 SPOUSE_S_EMP_ZIP_4 K_ZIP_4 "
    "SPOUSE_S_EMP_STREET_LINE_1 SPOUSE_S_EMP_STREET_LINE_2 SPOUSE_S_EMP_STREET_LINE_3 "
    "SPOUSE_S_EMPLOYER_S_CITY SPOUSE_S_EMP_ZIP_CODE ZIP_4_CIVIL ZIP_4_VA STREET_ADDRESS_1_VA "
    "STREET_ADDRESS_2_VA CITY_VA ZIP_VA STREET_ADDRESS_1_CIVIL STREET_ADDRESS_2_CIVIL CITY_CIVIL "
    "ZIP_CIVIL EMPLOYER_STREET_LINE_1 EMPLOYER_STREET_LINE_2 EMPLOYER_STREET_LINE_3 "
    "EMPLOYER_CITY EMPLOYER_ZIP_CODE E2_STREET_ADDRESS_LINE_1 E2_STREET_ADDRESS_LINE_2 "
    "E2_STREET_ADDRESS_LINE_3 E2_CITY E2_ZIP_CODE E_STREET_ADDRESS_LINE_1 "
    "E_STREET_ADDRESS_LINE_2 E_STREET_ADDRESS_LINE_3 E_CITY E_ZIP_CODE D_STREET_ADDRESS_LINE_1 "
    "D_STREET_ADDRESS_LINE_2 D_STREET_ADDRESS_LINE_3 D_CITY D_ZIP_CODE"
)
_VISTA_PATIENT_PHONES = (
    "TEMPORARY_PHONE_NUMBER PHONE_NUMBER_RESIDENCE CONFIDENTIAL_PHONE_NUMBER PHONE_NUMBER_WORK "
    "PHONE_NUMBER_CELLULAR PAGER_NUMBER K_WORK_PHONE_NUMBER K2_WORK_PHONE_NUMBER K_PHONE_NUMBER "
    "K2_PHONE_NUMBER SPOUSE_S_EMP_PHONE_NUMBER PHONE_VA PHONE_CIVIL EMPLOYER_PHONE_NUMBER "
    "E_WORK_PHONE_NUMBER E2_WORK_PHONE_NUMBER E2_PHONE_NUMBER E_PHONE_NUMBER "
    "D_WORK_PHONE_NUMBER D_PHONE_NUMBER"
)
# The patient, the next of kin (K, K2), emergency contacts (E, E2), the designee (D), the
# parents, the guardians and the patient's and spouse's employers.
_VISTA_PATIENT_NAMES = (
    "NAME K_NAME_OF_PRIMARY_NOK K2_NAME_OF_SECONDARY_NOK FATHER_S_NAME MOTHER_S_NAME "
    "MOTHER_S_MAIDEN_NAME PREFERRED_NAME SPOUSE_S_EMPLOYER_NAME GUARDIAN_VA GUARDIAN_CIVIL "
    "EMPLOYER_NAME E_NAME E2_NAME_OF_SEC_CONTACT D_NAME_OF_DESIGNEE"
)
PHI["vista"] = {
    "ORDER1": {
        **_same(_VISTA_ORDER_DATES, "date"),
        # File 100's PATIENT APPOINTMENT (0;18) is the appointment's date/time, and COMPLETED
        # (6;6, beside COMPLETED BY) the time the order was completed: FileMan dates.
        **_same("PATIENT_APPOINTMENT COMPLETED", "date"),
        # The results' findings typed on the order (7;3) are text about the patient. The
        # discontinue reason text is a workflow reason (not); OBJECT_OF_ORDER is the pointer to
        # the patient ("DFN;DPT("), PACKAGE_REFERENCE the filling package's pointer string and
        # PFSS_ACCOUNT_REFERENCE a pointer to the PFSS ACCOUNT file: row keys (not).
        "FINDINGS": "free_text",
    },
    # The actions on a patient's order: every date/time of ordering, signing, verifying,
    # release, chart review, hold, flagging, disposition and chart copy dates the patient. The
    # reasons typed for an action, a flag or an unflag are workflow reasons (not); the
    # clinician's digital signature is not a patient's.
    "ORDER_ORDER_ACTIONS": _same(
        "DATE_TIME_ORDERED DATE_TIME_SIGNED DATE_TIME_NURSE_VERIFIED DATE_TIME_CLERK_VERIFIED "
        "RELEASE_DATE_TIME DATE_TIME_CHART_REVIEWED DC_HOLD_UNTIL DATE_TIME_FLAGGED "
        "DATE_TIME_UNFLAGGED DISPOSITION_DATE_TIME CHART_COPY_PRINTED_WHEN",
        "date",
    ),
    "PATIENT": {
        **_same(_VISTA_PATIENT_NAMES, "name"),
        **_same(_VISTA_PATIENT_DATES, "date"),
        **_same(_VISTA_PATIENT_ADDRESS, "address"),
        **_same(_VISTA_PATIENT_PHONES, "phone"),
        "EMAIL_ADDRESS": "email",
        # The SSN; its terminal-digit order (the SSN's digits rearranged for filing), the
        # 1U4N (last name's initial and the SSN's last four) and the eligibility's primary long
        # and short ids (the SSN with dashes and its last four under the default ID format) are
        # derived from it, as a soundex from a name.
        **_same(
            "SOCIAL_SECURITY_NUMBER TERMINAL_DIGIT_OF_SSN N1U4N PRIMARY_LONG_ID PRIMARY_SHORT_ID",
            "ssn",
        ),
        # The Integration Control Number (the MPI's enterprise patient id), its checksum and
        # the full ICN are record numbers.
        **_same("INTEGRATION_CONTROL_NUMBER ICN_CHECKSUM FULL_ICN", "mrn"),
        "MEDICAID_NUMBER": "health_plan",
        # The VA claim (C-file) number, military service numbers, the Agent Orange registration
        # number (.321;10), the temporary and foreign id numbers, the last DMMS episode (an
        # admission) number and the network identifier assigned to the patient.
        **_same(
            "CLAIM_NUMBER AGENT_ORANGE_REGISTRATION SERVICE_NUMBER_LAST SERVICE_NUMBER_NTL "
            "SERVICE_NUMBER_NNTL TEMPORARY_ID_NUMBER FOREIGN_ID_NUMBER LAST_DMMS_EPISODE_NUMBER "
            "NETWORK_IDENTIFIER",
            "other_id",
        ),
        # LAST MEANS TEST (999.2) is computed as the date of the patient's last means test;
        # INITIAL ODS TRE RECEIVED the time Operation Desert Shield data was first received.
        **_same("LAST_MEANS_TEST INITIAL_ODS_TRE_RECEIVED", "date"),
        # Remarks about the patient, the VA regional office's eligibility decision text and
        # the comment on an appointment request are free text. Not: the reasons typed for a
        # pseudo SSN, an ineligibility, a felon-flag removal or a declined My HealtheVet
        # registration (workflow reasons), the Purple Heart remarks (a set of codes), the
        # eligibility verification method, DECIDED_BY (the deciding clinician) and
        # FEE_HOSPITAL_I_D and INSTITUTION_CIVIL (an institution's id and name).
        **_same("REMARKS INELIGIBLE_VARO_DECISION APPOINTMENT_REQ_COMMENT", "free_text"),
    },
}  # fmt: skip

# Caisis 7.0 (Memorial Sloan Kettering's cancer research patient data system, SQL Server): the
# Patients table and the tables its 6.0-to-7.0 upgrade scripts re-create whole. Every clinical
# row keeps EnteredBy/EnteredTime, UpdatedBy/UpdatedTime and most LockedBy/LockedTime (the time a
# user locked the record against further edits): on a patient's rows the times date the patient,
# the users are staff (not). `*DateText` keeps the date as the user typed it ("~2004", "3/2009")
# beside the parsed `*Date`: both are dates. PatientId and every `*Id` are identity keys (not);
# physicians, surgeons, pathologists, investigators, institutions, labs and `*DataSource`/
# `*Quality` (where a value was abstracted from, and its reliability) are not a patient's.
_CAISIS_KEPT = _same("EnteredTime UpdatedTime", "date")
_CAISIS_LOCKED = _same("EnteredTime UpdatedTime LockedTime", "date")
# The tables whose trigger (trgAudit<Table>_UD) copies the old row into AuditLog_<Table> on
# every update and delete, after LoggedOperation, LoggedBy and LoggedTime.
_CAISIS_AUDITED = (
    "Appointments Diagnostics DxImageFindingsKidney MedicalTherapy MedAdministration "
    "RadiationTherapy Allergies Comorbidities SocialHistories Surveys Toxicities ToxAttribution "
    "SeriousAdverseEvents OperatingRoomDetails ProcedureFinding NephrectomyProc "
    "ProstatectomyProc Pathology SpecimenAccessions Specimens SpecimenEvents"
)
PHI["caisis"] = {
    "Patients": {
        **_CAISIS_LOCKED,
        "PtMRN": "mrn",
        # PtAlias (another name the patient goes by) and the maiden name are names; the title
        # and suffix (Mr., Jr.) are not. PtContactPerson (the patient's emergency contact) and
        # PtSpouse are a relative's names.
        **_same(
            "PtFirstName PtMiddleName PtLastName PtAlias PtMaidenName PtContactPerson PtSpouse",
            "name",
        ),
        # PtCompany is the patient's employer (Safe Harbor names employers' identifiers), and
        # PtBusinessCity its city; PtBusinessState, like every state and country, is not.
        "PtCompany": "name",
        **_same(
            "PtBusinessCity PtAddress1 PtAddress2 PtCity PtPostalCode PtBirthPlace "
            "PtContactAddress1 PtContactAddress2 PtContactCity PtContactPostalCode",
            "address",
        ),
        "PtEmail": "email",
        "PtContactPhone": "phone",
        **_same("PtBirthDateText PtBirthDate PtDeathDateText PtDeathDate", "date"),
        # Not: PtDeathType and PtDeathCause (coded: dead of disease, of another cause...),
        # race, ethnicity, language, PtContactStatus and PtContactPreference (coded).
        "PtNotes": "free_text",
    },
    # The clinic schedule imported from the hospital system: the patient's MRN, name and birth
    # date are copied onto each appointment; ApptPatientId is the Caisis key (not).
    "Appointments": {
        **_CAISIS_KEPT,
        "ApptMRN": "mrn",
        **_same("ApptLastName ApptFirstName", "name"),
        **_same("ApptTime ApptBirthDate ApptClinicDate", "date"),
        "ApptNotes": "free_text",
    },
    "Diagnostics": {
        **_CAISIS_LOCKED,
        **_same("DxDateText DxDate", "date"),
        # DxSummary (varchar(255)) is the abstractor's typed summary of the test's findings
        # ("new 1 cm lesion in segment 7"), beside the coded DxResult: free text (disputable).
        **_same("DxSummary DxNotes", "free_text"),
    },
    "DxImageFindingsKidney": _CAISIS_KEPT,
    "MedicalTherapy": {
        **_CAISIS_LOCKED,
        **_same("MedTxDateText MedTxDate MedTxStopDateText MedTxStopDate", "date"),
        "MedTxNotes": "free_text",
    },
    "MedAdministration": {
        **_CAISIS_KEPT,
        **_same("MedAdminDateText MedAdminDate MedAdminStopDateText MedAdminStopDate", "date"),
        "MedAdminNotes": "free_text",
    },
    "RadiationTherapy": {
        **_CAISIS_LOCKED,
        **_same("RadTxDateText RadTxDate RadTxStopDateText RadTxStopDate", "date"),
        "RadTxNotes": "free_text",
    },
    # The allergen (a substance) and the response are not; the notes are.
    "Allergies": {**_CAISIS_LOCKED, "AllergyNotes": "free_text"},
    "Comorbidities": {
        **_CAISIS_LOCKED,
        **_same("ComorbDateText ComorbDate ComorbStopDateText ComorbStopDate", "date"),
        "ComorbNotes": "free_text",
    },
    # Occupation, marital status, the number of children, ages at menarche, menopause and first
    # birth and the years the patient quit tobacco and alcohol (years alone) are not. SocHxOther
    # (varchar(255), "other" social history typed beside the coded fields, no category list
    # behind it) is read as the clinician's text about the patient (free text, disputable).
    "SocialHistories": {**_CAISIS_LOCKED, **_same("SocHxOther SocHxNotes", "free_text")},
    # Questionnaires (quality of life, symptom scores): the survey's type, version, result and
    # total are not; its date and notes are.
    "Surveys": {
        **_CAISIS_LOCKED,
        **_same("SurveyDateText SurveyDate", "date"),
        "SurveyNotes": "free_text",
    },
    # Toxicity names, CTCAE grades and the grade criteria's text are code-list values (not).
    "Toxicities": {
        **_CAISIS_LOCKED,
        **_same("ToxDateText ToxDate ToxStopDateText ToxStopDate", "date"),
        "ToxNotes": "free_text",
    },
    "ToxAttribution": _CAISIS_KEPT,
    # The serious adverse event report (the FDA MedWatch form's fields): the report, FDA-report
    # and signature dates date the patient's event (as LibreClinica's reporting dates); the
    # description, sequelae and notes are free text, and so are the form's narrative boxes for
    # relevant tests ("including dates", B6), other relevant history (B7) and concomitant
    # products ("and therapy dates", C10), typed with the patient's dates (disputable for the
    # 50-character SAE_RelevantTestData). Not: SAE_Age (an age), the NDC number (a product
    # code), the dechallenge/rechallenge answers, the outcome flags, the reporting individual and
    # the investigator (staff), ContactId (a key of the contact who reported).
    "SeriousAdverseEvents": {
        **_CAISIS_KEPT,
        **_same(
            "SAE_ReportDateText SAE_ReportDate SAE_ReportFDA_DateText SAE_ReportFDA_Date "
            "SAE_SignedDate",
            "date",
        ),
        **_same(
            "SAE_EventDescription SAE_RelevantTestData SAE_OtherRelevantHistory "
            "SAE_ConcommitantMeds SAE_Sequelae SAE_Notes",
            "free_text",
        ),
    },
    # The operating room record of a surgical case: OpLogNum (the OR log's case number) is the
    # case's number (other-id, as an admission number); the operation, admission and discharge
    # dates and the times the patient entered and left the room (OpInTime, OpOutTime: times of
    # day kept as text) are dates; the surgeon, service, durations, blood products, fluids and
    # flags are not; the nerve-stimulation notes, pre- and post-operative summaries and notes
    # are free text. OpPresenceStatement and OpPresenceKeyPortions (the attending's presence
    # attestation, chosen from fixed statements) are not.
    "OperatingRoomDetails": {
        **_CAISIS_LOCKED,
        "OpLogNum": "other_id",
        **_same(
            "OpDateText OpDate OpAdmitDateText OpAdmitDate OpDischargeDateText OpDischargeDate "
            "OpInTime OpOutTime",
            "date",
        ),
        **_same("OpNS_Notes OpPreOpSummary OpPostOpSummary OpNotes", "free_text"),
    },
    # Findings are coded (site, dimensions, histology chosen from a list); the notes are text.
    "ProcedureFinding": {**_CAISIS_KEPT, "ProcFindNotes": "free_text"},
    # The partial nephrectomy's clamp start and stop (times of day kept as text) are dates, the
    # clamp duration and the infusion-to-clamping interval spans (not); the pre- and
    # post-operative diagnoses, tumour location and conversion reason are chosen terms (not, as
    # openMAXIMS's diagnosis descriptions); the infusion details are typed text.
    "NephrectomyProc": {
        **_CAISIS_KEPT,
        **_same("ProcPartialClampStartTime ProcPartialClampStopTime", "date"),
        "ProcInfusionDetails": "free_text",
    },
    "ProstatectomyProc": {**_CAISIS_KEPT, "ProcAnastSutureNotes": "free_text"},
    # PathNum (the surgical pathology accession number) is a specimen's number (other-id, as
    # caTissue's surgical pathology number); histology, result and invasion fields are coded.
    "Pathology": {
        **_CAISIS_LOCKED,
        "PathNum": "other_id",
        **_same("PathDateText PathDate", "date"),
        "PathNotes": "free_text",
    },
    # The biobank's accession of a patient's specimens: the pathology reference number is an
    # accession number (other-id); the accession date, its time and the times the specimen
    # reached the lab and was frozen (times of day kept as varchar(10)) and the date banked are
    # dates; tube counts, holding condition, site, visit type and instruments are not.
    "SpecimenAccessions": {
        **_CAISIS_LOCKED,
        "PathologyReferenceNumber": "other_id",
        **_same(
            "AccessionDateText AccessionDate AccessionTime DateBanked TimeReceivedInLab "
            "TimeFrozen",
            "date",
        ),
        "AccessionNotes": "free_text",
    },
    # The specimen's reference number (its label) is other-id; its collection and frozen times
    # (text) are dates, the time to storage a span (not); SpecimenVialNum is read as the vial's
    # ordinal within the accession (not, disputable); box and position are storage keys (not).
    "Specimens": {
        **_CAISIS_LOCKED,
        "SpecimenReferenceNumber": "other_id",
        **_same("SpecimenCollectionTime SpecimenFrozenTime", "date"),
        "SpecimenNotes": "free_text",
    },
    # Events on a specimen (processing, distribution, assays): dates and times of day, the date
    # results came back, the external reference (another lab's or a shipment's number for the
    # patient's specimen: other-id, as OpenELIS's submitters' references) and notes are PHI;
    # the result value, analyte, quantities and ProcessedBy (staff) are not.
    "SpecimenEvents": {
        **_CAISIS_LOCKED,
        **_same(
            "EventDateText EventDate EventTime ResultsReceivedDate ResultsReceivedDateText",
            "date",
        ),
        "EventExtReference": "other_id",
        "EventNotes": "free_text",
    },
    # A patient's registration on a protocol: the staff who consented and registered the
    # patient, the physician of record, the consent items (ConsentedTo), the yes/no checks and
    # the age at registration are not; the row's record-keeping times date the patient.
    "PatientProtocolRegistration": _CAISIS_KEPT,
    # ProjectOrganization (the sites of a research project, with their addresses) and
    # ProtocolMgr_SchemaItems (a protocol's schema items) are configuration: nothing is PHI.
}  # fmt: skip
# Each AuditLog_ copy is labelled as the row it copies (as SORMAS's history tables); its own
# LoggedOperation, LoggedBy (a user) and LoggedTime (the audit log's time, as The Ark's
# AUDIT_DATE) are not.
PHI["caisis"].update(
    {f"AuditLog_{table}": PHI["caisis"][table] for table in _CAISIS_AUDITED.split()}
)

# SanteDB (and OpenIZ before it): an RIM-style registry where patients, relatives, providers,
# users, places, organisations and materials are all rows of ent_tbl with their versions,
# names, addresses, telecoms, identifiers, extensions, notes and tags in shared tables, and
# every clinical event (immunization, observation, encounter) is a row of act_tbl. The shared
# entity tables are labelled as a patient's (as GNU Health's party_party), act rows too.
PHI["santedb"] = {
    # The record-keeping times of an entity's and an act's versions (a new version is written
    # on every change of the patient's record) and of the tags hung on them date the patient.
    "ent_vrsn_tbl": _same("crt_utc obslt_utc", "date"),
    "ent_tag_tbl": _same("crt_utc obslt_utc", "date"),
    # The act's occurrence, start and stop times (an immunization's, an encounter's) and its
    # versions' record-keeping times; obslt_rsn (why a version was obsoleted) is a workflow
    # reason, as void_reason (not).
    "act_vrsn_tbl": _same("crt_utc obslt_utc act_utc act_start_utc act_stop_utc", "date"),
    "act_tag_tbl": _same("crt_utc obslt_utc", "date"),
    "psn_tbl": {"dob": "date"},
    "pat_tbl": {"dcsd_utc": "date"},
    # Name components point at phon_val_tbl: val is the component's text (family, given,
    # prefix...), phon_cs its phonetic (soundex/metaphone) code, a derived form.
    "phon_val_tbl": _same("val phon_cs", "name"),
    # Address component values (street, city, postal code, precinct... and also the state
    # and country, in the same column): the column holds patients' address parts.
    "ent_addr_cmp_val_tbl": {"val": "address"},
    # The telecom address: phone, fax, pager or e-mail by typ_cd_id; phone whatever its
    # type, as GNU Health's contact mechanism.
    "ent_tel_tbl": {"tel_val": "phone"},
    # Identifier values under each assigning authority (the registry's MRNs, national and
    # health ids): mrn, as openMAXIMS's identifier values; an act's identifiers (order,
    # encounter, lab and message ids from the sending system) are other-id.
    "ent_id_tbl": {"id_val": "mrn"},
    "act_id_tbl": {"id_val": "other_id"},
    # Extension values (serialized, bytea) and their display: SanteDB keeps the patient's
    # photograph there (the JpegPhoto extension type) beside other person attributes, so it
    # is other-id as an EAV store of person attributes (OpenMRS's person_attribute.value);
    # on an act, as OpenMRS 2's visit and order attribute values. ext_disp is the value's
    # display (a derived form keeps its class).
    "ent_ext_tbl": _same("ext_val ext_disp", "other_id"),
    "act_ext_tbl": _same("ext_val ext_disp", "other_id"),
    # A text observation's value (as Medplum's Observation.valueString) and the notes on an
    # act or an entity are text about the patient; the note's author (auth_ent_id) is a key.
    "txt_obs_tbl": {"obs_val": "free_text"},
    "act_note_tbl": {"note_txt": "free_text"},
    "ent_note_tbl": {"note_txt": "free_text"},
    # Alerts are messages to the registry's users (staff): the body is free text, as OSCAR's
    # staff messages; the subject (a title), from/to (users) and the times are not.
    "alrt_tbl": {"body": "free_text"},
    # Not: sec_usr_tbl (health workers, devices and applications; its e-mail and phone are
    # staff's), sec_ses_tbl.aud (the remote IP of a user's session: staff), the provenance
    # est_utc (the time of the transaction that wrote a row: an audit time, not the row's),
    # tag values (system-written metadata), plc_tbl lat/lng (places are the catalogue of
    # facilities and administrative areas), material expiry and lot numbers, concept and
    # reference-term names, protocol state data.
}  # fmt: skip

# cBioPortal (the cancer genomics portal; its MySQL schema cgds.sql, DB_SCHEMA_VERSION 2.14.5).
# A study's patients and samples are loaded from the source institution's files: the stable ids
# are the ids the source gave them (a hospital's patient and sample numbers, TCGA barcodes), not
# this database's pseudonyms; INTERNAL_ID and every *_ID integer are surrogate keys (not).
# Genomic data (mutations, alleles, copy number, expression values, structural variants) is
# health information but no Safe Harbor identifier (not biometric, which names finger and voice
# prints). Timeline START_DATE/STOP_DATE are integer days from the diagnosis, no stored date
# anchoring them: spans (not, as AmsterdamUMCdb's offsets). Not a patient's: portal users and
# their authorities and tokens (staff and researchers), studies, genes, gene sets, panels,
# profiles, GISTIC/MutSig results, attribute and resource definitions, IMPORT_DATE (a load date).
PHI["cbioportal"] = {
    # PATIENT_ID of the study's clinical files: the source system's patient id.
    "patient": {"STABLE_ID": "mrn"},
    # SAMPLE_ID: the specimen's id at the source (a sample/specimen number).
    "sample": {"STABLE_ID": "other_id"},
    # Patient and sample attributes kept as EAV rows: the documented defaults include
    # PATIENT_DISPLAY_NAME and SAMPLE_DISPLAY_NAME (other names and ids shown for the case),
    # beside any attribute a site loads: PHI as OpenMRS's person_attribute.value. ATTR_ID not.
    "clinical_patient": {"ATTR_VALUE": "other_id"},
    "clinical_sample": {"ATTR_VALUE": "other_id"},
    # A timeline event's fields (EAV): specimen events carry the SAMPLE_ID (formerly
    # SPECIMEN_REFERENCE_NUMBER), custom columns notes and links; KEY not.
    "clinical_event_data": {"VALUE": "other_id"},
    # The MAF's Matched_Norm_Sample_Barcode: the id of the patient's normal specimen. Not:
    # BAM_FILE (a file name), CENTER, SEQUENCER, alleles, statuses, counts, ANNOTATION_JSON
    # (custom namespace columns, site-configured, as usertext*).
    "mutation": {"MATCHED_NORM_SAMPLE_BARCODE": "other_id"},
    # The SV file's Comments ("any comments/free text") on a patient's sample. Not: ANNOTATION,
    # EVENT_INFO and SITE*_DESCRIPTION (descriptions of the rearrangement: a result's
    # nomenclature), ANNOTATION_JSON.
    "structural_variant": {"COMMENTS": "free_text"},
    # Not: alteration_driver_annotation's *_ANNOTATION (the reason a variant is called a driver,
    # 80 characters, as a coded justification), resource_patient/resource_sample URLs (links to
    # a patient's slides or reports, as Tamanu's imaging viewer URL), ORDERED_SAMPLE_LIST (a list
    # of INTERNAL_IDs) and genetic_alteration.VALUES.
}  # fmt: skip

# eTB Manager 3 (Management Sciences for Health's tuberculosis case-management system, Java and
# Hibernate on MySQL) as its Liquibase changelog ini-database.xml creates it. The patient and the
# TB case (tbcase) with everything that hangs on a case are a patient's; workspaces, country
# structure, administrative units, units and laboratories, medicines, stock, orders between units,
# regimens, tags, reports, users, profiles and sessions are not. Every id is a generated UUID
# (BINARY(16)) and every *_ID a key (not); version and synched are sync bookkeeping (not).
# customId is the row's id in another system (integration): on the patient it is the patient's id
# there (`mrn`, as Avni's legacy_id on the subject), on the case another system's id for the case
# (`other_id`), on configuration rows not.
_ETBM_EXAM = {"comments": "free_text", "EVENT_DATE": "date", "dateRelease": "date"}
PHI["etbmanager"] = {
    "patient": {
        **_same("name lastName middleName motherName", "name"),
        "birthDate": "date",
        "customId": "mrn",
    },
    "tbcase": {
        # registrationNumber (the TB register number), lastBmuTbRegistNumber (the number in
        # the basic management unit's TB register) and caseNumber (the case's number in eTB
        # Manager, one per treatment episode) are programme register numbers (`other_id`, as
        # KenyaEMR's TB treatment and district registration numbers).
        **_same("registrationNumber caseNumber lastBmuTbRegistNumber customId", "other_id"),
        **_same(
            "registrationDate diagnosisDate endTreatmentDate iniTreatmentDate outcomeDate "
            "lastBmuDateTbRegister",
            "date",
        ),
        # The current and the notification address: street line, complement and ZIP; the
        # administrative-unit keys beside them are keys (not), NOTIF_LOCALITYTYPE a code.
        **_same(
            "CURR_ADDRESS CURR_COMPLEMENT CURR_ZIPCODE NOTIF_ADDRESS NOTIF_COMPLEMENT "
            "NOTIF_ZIPCODE",
            "address",
        ),
        **_same("MOBILENUMBER PHONENUMBER", "phone"),
        # The patient's contact person (a relative or treatment supporter, as CHITS's
        # contact_person). Not: otherOutcome and registrationGroupOther ("other, specify"
        # texts), age, nationality and the coded fields.
        "patientContactName": "name",
    },
    # A household or close contact of the case (a person exposed to the patient, usually a
    # relative): the contact's name, the date the contact was examined and the comments are
    # PHI; age (kept as text), gender, contact type and conduct are not.
    "casecontact": {"name": "name", "dateOfExamination": "date", "comments": "free_text"},
    "casecomment": {"comment": "free_text", "comment_date": "date"},
    # Adverse effects: start, end and the regimen-change date are dates; SE_MONTH is the month
    # of treatment in which the effect appeared (an ordinal, as CHITS's treatment months, not);
    # symptomTherapy (the treatment given for the effect, typed) is free text as KenyaEMR's
    # action_taken; otherAdverseEffect ("other, specify") and the suspected medicines (drug
    # names) are not.
    "casesideeffect": {
        **_same("effectSt effectEnd dateChangeReg", "date"),
        **_same("comment symptomTherapy", "free_text"),
    },
    # Laboratory exams: the sample number is a specimen number (`other_id`).
    "examculture": {**_ETBM_EXAM, "sampleNumber": "other_id"},
    "examdst": {**_ETBM_EXAM, "sampleNumber": "other_id"},
    "exammicroscopy": {**_ETBM_EXAM, "sampleNumber": "other_id"},
    "examxpert": {**_ETBM_EXAM, "sampleNumber": "other_id"},
    # The HIV test and the dates the patient started ART and CPT; the laboratory's name is not.
    "examhiv": {
        "comments": "free_text",
        **_same("EVENT_DATE startedARTdate startedCPTdate resultDate", "date"),
    },
    "examxray": {"comments": "free_text", "EVENT_DATE": "date"},
    "examrequest": {"requestDate": "date"},
    # A follow-up visit: the clinician's comments and the typed reason the patient is not
    # taking the prescribed medicines (a clinical statement about the patient, not a workflow
    # reason) are free text; `responsible` and its position are the examining staff (not).
    "medicalexamination": {
        "comments": "free_text",
        "EVENT_DATE": "date",
        "reasonNotUsingPrescMedicines": "free_text",
    },
    "prescribedmedicine": {"IniDate": "date", "EndDate": "date", "comments": "free_text"},
    # Previous TB treatments: the month of the treatment and of its outcome are date elements
    # finer than the year (as CPRD's month of birth); the years alone are not.
    "prevtbtreatment": _same("TREATMENT_MONTH OUTCOME_MONTH", "date"),
    "treatmenthealthunit": _same("iniDate endDate", "date"),
    # Directly observed treatment, one row per calendar month: month_treat is a date element
    # (the year alone is not); day1..day31 hold each day's code (taken, not taken...), not.
    "treatmentmonitoring": {"month_treat": "date"},
    # Issues raised on a case and their follow-ups (staff's queries on a patient's record, as
    # OpenClinica's discrepancy notes): dated, their text free text; the title is not.
    "issue": {"creationDate": "date", "description": "free_text"},
    "issuefollowup": {"followupDate": "date", "text": "free_text"},
    # The command log: `data` is the JSON each command was run with (a case's or patient's
    # values when it edits one: an audited copy, `other_id`); `entityName` is the name of the
    # entity handled, the patient's for a case (`name`, as Medplum's AuditEvent entityName);
    # execDate is an audit-log time (not).
    "commandhistory": {"entityName": "name", "data": "other_id"},
    # The search index holds units, administrative units, workspaces and cases (types
    # CASE_MAN/CASE_WOMAN): a case's title is the patient's name, its subtitle the details
    # shown under it (read as the case's number and details, `other_id`; disputable).
    "searchable": {"title": "name", "subtitle": "other_id"},
    # The request kept with an error (its parameters and body, which carry the patient's data
    # a user was saving), as OpenEMR's API log bodies; the message, stack trace, URL and the
    # user (staff) are not.
    "errorlog": {"request": "other_id"},
}  # fmt: skip

PHI["kishanhms"] = {
    # kishan0725's PHP/MySQL Hospital Management System: patients register (patreg), book
    # appointments with a doctor (appointmenttb, which copies the patient's name, e-mail and
    # phone), doctors write a prescription on an appointment (prestb), and visitors of the
    # site's Contact page leave a message (contact). `pid` (patreg's AUTO_INCREMENT key, copied
    # onto appointments and prescriptions) and the appointment's `ID` are surrogate keys (not);
    # `doctor` (the doctor's user name), admintb and doctb (staff logins, e-mail, speciality,
    # fee) are staff; passwords, gender, fees and status flags are not.
    "appointmenttb": {
        **_same("fname lname", "name"),
        "email": "email",
        "contact": "phone",
        **_same("appdate apptime", "date"),
    },
    # The Contact page's feedback and queries: a person writing to the hospital, in practice a
    # patient or a would-be patient (as FreeMED's callin and OpenClinic's clinic
    # registration), with a name, e-mail and phone; the message is text they write (free text
    # about themselves or their care).
    "contact": {
        "name": "name",
        "email": "email",
        "contact": "phone",
        "message": "free_text",
    },
    # The patient's registration (the login the patient portal uses): names, e-mail, phone.
    "patreg": {
        **_same("fname lname", "name"),
        "email": "email",
        "contact": "phone",
    },
    # The prescription the doctor writes on an appointment: the patient's names and the
    # appointment's date and time copied; `disease` (the diagnosis typed by the doctor, a
    # varchar with no code list), `allergy` and `prescription` (the sig and advice) are typed
    # text about the patient.
    "prestb": {
        **_same("fname lname", "name"),
        **_same("appdate apptime", "date"),
        **_same("disease allergy prescription", "free_text"),
    },
}  # fmt: skip

PHI["sarinohms"] = {
    # jasonsarino/hms, a CodeIgniter hospital management system (front desk, OPD and IPD
    # registration, doctor and nurse modules, billing, rooms and beds). `patient_no` (the
    # patient number the front desk assigns from the `system_option` counter and prints, e.g.
    # 000039, distinct from the AUTO_INCREMENT `reg_no`) is `mrn` wherever kept; `iop_id` and
    # `IO_ID` (the OPD/IPD visit number, OP-000017, IP-000024, from its own counters) are visit
    # and admission numbers (`other_id`) wherever kept; receipt and invoice numbers (OR-...,
    # SI-...) are `account`. Every `dDate`/`dDateTime` (a date or a time kept as text) on a
    # visit's rows dates the patient. `cPreparedBy`, `uploaded_by`, doctors, surgeons and the
    # `users` table are staff; every integer `*_id` key is a surrogate key.
    # The acknowledgement-receipt register (a receipt declared against an invoice).
    "declaredor": {
        **_same("receipt_no invoice_no old_receipt_no", "account"),
        "dDate": "date",
        "iop_id": "other_id",
        "patient_no": "mrn",
    },
    # The doctor's fee on a patient's invoice: a line of the patient's bill (its invoice number,
    # the date and the completion time kept as text), its notes typed on that patient's bill.
    # `user_id` (the doctor) and the fee values are not.
    "doctors_fee": {
        "invoice_no": "account",
        **_same("date completeDate", "date"),
        "notes": "free_text",
    },
    "iop_bed_side_procedure": {
        "iop_id": "other_id",
        **_same("dDate dDateTime", "date"),
        "notes": "free_text",
    },
    # The bill's header. `creditCardNo` (the card number the cashier types, kept as an integer)
    # is `account`, as NOSH's stored card number; `creditCardHolder` is declared int(11) and the
    # billing model always writes '' there (not). `remarks` is the cashier's text on the
    # patient's bill (free text); `reason_discount` is a code.
    "iop_billing": {
        **_same("receipt_no invoice_no", "account"),
        "iop_id": "other_id",
        "patient_no": "mrn",
        "dDate": "date",
        "creditCardNo": "account",
        "remarks": "free_text",
    },
    # The bill's lines: the item's name comes from the price list (not), its note is typed on
    # the patient's bill.
    "iop_billing_t": {
        "invoice_no": "account",
        "iop_id": "other_id",
        "note": "free_text",
    },
    # A visit's complaints and diagnoses: the code list's key with the clinician's remarks.
    "iop_complaints": {"iop_id": "other_id", "remarks": "free_text", "dDate": "date"},
    "iop_diagnosis": {"iop_id": "other_id", "remarks": "free_text", "dDate": "date"},
    # The discharge summary's texts; the condition upon discharge is a code.
    "iop_discharge_summary": {
        "iop_id": "other_id",
        **_same("dDate dDateTime", "date"),
        **_same(
            "reason_admission admitting_impression final_diagnosis physical_exam_findings "
            "course_ward",
            "free_text",
        ),
    },
    # The nurse's intake/output chart: particulars, fluids, stool and urine counts are charted
    # values (not).
    "iop_intake_record": {"iop_id": "other_id", **_same("dDate dDateTime", "date")},
    # A laboratory request on the visit: `findings` (the text typed with the request) is free
    # text; `result` is the test's result value (not, as HOSxP's and OpenELIS's result values).
    "iop_laboratory": {
        "iop_id": "other_id",
        **_same("dDate dDateTime", "date"),
        "findings": "free_text",
    },
    # A medicine ordered on the visit: the instruction (the sig) and the advice are free text.
    "iop_medication": {
        "iop_id": "other_id",
        **_same("instruction advice", "free_text"),
        "dDate": "date",
    },
    # Nurse's notes (F-DAR): `focus` (the note's short heading) is a title (not).
    "iop_nurse_notes": {
        "iop_id": "other_id",
        **_same("dDate dDateTime", "date"),
        "notes": "free_text",
    },
    # The operation's record: dates and times from and to, the record-keeping `date_created`,
    # the diagnosis, procedure and notes typed for the patient's operation. `operation_name`
    # holds a surgical package's key, the surgeon, anaesthetist and assistants are staff.
    "iop_operation_theater": {
        "iop_id": "other_id",
        **_same("dDate_from dTime_from dDate_to dTime_to date_created", "date"),
        **_same("diagnosis operation_procedure notes", "free_text"),
    },
    "iop_output_record": {"iop_id": "other_id", **_same("dDate dDateTime", "date")},
    # The doctor's progress note: progress, treatment and remarks.
    "iop_progress_note": {
        "iop_id": "other_id",
        **_same("dDate dDateTime", "date"),
        **_same("progress treatment remarks", "free_text"),
    },
    # The official receipt: the card holder's name (the payer, the patient or a relative) is a
    # varchar here; `remarks` is declared int(11) (not).
    "iop_receipt": {
        **_same("receipt_no invoice_no", "account"),
        "dDate": "date",
        "iop_id": "other_id",
        "patient_no": "mrn",
        "creditCardNo": "account",
        "creditCardHolder": "name",
    },
    # A room or bed transfer of an admitted patient: the typed reason is free text (as CARE's
    # shifting reasons), although the admission writes "Patient Admitted" there.
    "iop_room_transfer": {
        "iop_id": "other_id",
        **_same("dDate dDateTime", "date"),
        "reason": "free_text",
    },
    "iop_vital_parameters": {"iop_id": "other_id", **_same("dDate dDateTime", "date")},
    # The activity log: `value` is the record the event touched as the application names it,
    # for patient registration the patient's full name (title, first, middle and last names).
    # Its time, user, module, event and the user's IP address (staff) are not.
    "logfile": {"value": "name"},
    # Appointments: the date, the hour, minutes and AM/PM kept apart (elements of the time, as
    # FreeMED's integer hour and minute), the time, the visit and entry times are dates; the
    # reason typed for the appointment is free text; the consultant doctor is staff.
    "patient_appointment": {
        "patient_no": "mrn",
        **_same(
            "appointmentDate appHour appMinutes appAMPM appointmentTime dateVisit dateEntry",
            "date",
        ),
        "appointmentReason": "free_text",
    },
    # Attachments: the upload time dates the patient's record; the description (a title), file
    # name, type and size are not.
    "patient_attachment": {"patient_no": "mrn", "date_uploaded": "date"},
    # The OPD/IPD visit (one row per visit): the visit number, date and time, and the
    # clinician's texts (provisional diagnosis, complaints, allergies, warnings and the social,
    # family, personal and past medical histories); the vital signs, status and flags are not.
    "patient_details_iop": {
        "IO_ID": "other_id",
        "patient_no": "mrn",
        **_same("date_visit time_visit", "date"),
        **_same(
            "provisional_diagnosis complaints allergies warnings social_history "
            "family_history personal_history past_medical_history",
            "free_text",
        ),
    },
    # The patient's registration. Names and the father's name; the birthplace, the address
    # lines, the house number and street and the barangay or subdivision are `address`, the
    # province is not (the first level below the country the form asks for, as a state);
    # the home, office and mobile phones; the insurance ID number is `health_plan`;
    # `id_identifiers` (the textarea "Patient's/Member's Identifiers" beside the insurance ID:
    # the identity numbers the patient or member holds) is `other_id`. The picture's file name,
    # title, gender, civil status, religion, blood group (codes), age and the insurer's key are
    # not.
    "patient_personal_info": {
        "patient_no": "mrn",
        **_same("lastname firstname middlename fathers_name", "name"),
        "birthday": "date",
        **_same("birthplace address1 address2 street subd_brgy", "address"),
        **_same("phone_no phone_no_office mobile_no", "phone"),
        "email_address": "email",
        "date_entry": "date",
        "insurance_no": "health_plan",
        "id_identifiers": "other_id",
    },
    # A bed's current occupant.
    "room_beds": {"patient_no": "mrn"},
}  # fmt: skip

PHI["xnat"] = {
    # XNAT (the imaging research platform): its subjects are the patients (research
    # participants and, in clinical deployments, a hospital's patients), each experiment
    # (imaging session, visit, subject variables) and scan hangs on one subject. XNAT's own ids
    # (`id`, the "Accession #" of subjects and experiments: XNAT_S00001, XNAT_E00001, generated
    # from a site prefix and a sequence) and every serial key are surrogate keys (not).
    # Record-keeping times of the meta-data rows of a subject's, its demographics', an
    # experiment's and a scan's rows date the patient; the project's do not.
    **{
        f"xnat_{t}_meta_data": _same(
            "last_modified activation_date row_last_modified insert_date", "date"
        )
        for t in ("subjectdata", "abstractdemographicdata", "experimentdata", "imagescandata")
    },
    # The subject's label (its id within the project, the study or hospital number the site
    # types) is `mrn`, as OpenClinica's subject label, and so is its label in a project it is
    # shared into; the initials are a derived name. Additional ids (`addid`: other registers'
    # and studies' numbers for the subject) are `mrn`, as openMAXIMS's identifier values.
    # Custom fields and subject variables (project-defined EAV values, `custom_fields` jsonb)
    # are site-configured (not, as `usertext*`; disputable).
    "xnat_subjectdata": {"label": "mrn", "initials": "name"},
    "xnat_projectparticipant": {"label": "mrn"},
    "xnat_subjectdata_addid": {"addid": "mrn"},
    # Demographics: the birth date; the year of birth, age, measures and codes are not.
    "xnat_demographicdata": {"dob": "date"},
    # An experiment (session, visit): its date and time are dates; the free-form `note`
    # ("Free form text for misc. information") is `free_text`; its label (the session's name
    # within the project, e.g. SUBJ001_MR1, often the scanner's accession) and the legacy
    # `visit_id` are `other_id` (a visit's number, as Hospital OS's `vn`), and so is its label
    # in a project it is shared into; the acquisition site (a facility), protocol, version,
    # the original experiment's and the reference experiment's XNAT ids are not.
    "xnat_experimentdata": {
        "date": "date",
        "time": "date",
        "note": "free_text",
        "label": "other_id",
        "visit_id": "other_id",
    },
    "xnat_experimentdata_share": {"label": "other_id"},
    # A QC validation of a session or scan: its date dates the patient's record, its notes are
    # text about the patient's data (`free_text`, disputable); the validator is staff.
    "xnat_validationdata": {"date": "date", "notes": "free_text"},
    # A protocol visit: start and end are dates, the visit notes (documented for "visit notes,
    # explain reason for status (e.g. missed visit)") are `free_text`; the visit's name (an
    # interval: Baseline, Month 6) and type are not.
    "xnat_pvisitdata": {"start_date": "date", "end_date": "date", "notes": "free_text"},
    # An imaging session's DICOM study attributes, as dcm4chee's: patient name, ID and birth
    # date, accession number, Study Instance UID and Study ID. `prearchivepath` is the folder
    # XNAT builds as <prearchive>/<project>/<receipt timestamp>/<session label>: `date` (a date
    # inside a system-built value, as Indivo's `content_file`; disputable). Scanner, operator
    # (staff), weight and modality are not.
    "xnat_imagesessiondata": {
        "prearchivepath": "date",
        "dcmaccessionnumber": "other_id",
        "dcmpatientid": "mrn",
        "dcmpatientname": "name",
        "dcmpatientbirthdate": "date",
        "uid": "other_id",
        "study_id": "other_id",
    },
    # PET sessions keep the ECAT header's patient ID and name; the tracer's, transmission's,
    # scan's and injection's start times and the blood glucose time are dates.
    **{
        t: {
            "patientid": "mrn",
            "patientname": "name",
            **_same(
                "tracer_transmissions_starttime tracer_starttime start_time start_time_scan "
                "start_time_injection blood_glucose_time",
                "date",
            ),
        }
        for t in ("xnat_petsessiondata", "xnat_petmrsessiondata")
    },
    # A scan: its Series Instance UID, start time and date; the technologist's `note` is
    # `free_text`; series description, `documentation` (describing the acquisition, as a
    # protocol description; disputable), the requested procedure's description, quality and
    # scanner are not; the scan's id is its number in the session (not).
    "xnat_imagescandata": {
        "uid": "other_id",
        "starttime": "date",
        "start_date": "date",
        "note": "free_text",
    },
    # The MR scan's acquisition time (DICOM AcquisitionTime kept as text).
    "xnat_mrscandata": {"parameters_acqtime": "date"},
}  # fmt: skip

PHI["openclinicjact"] = {
    # OpenClinic (jact/openclinic), the Spanish PHP/MySQL medical records system of a clinic:
    # patients with their personal and family history, problems written as SOAP notes, attached
    # tests, relatives linked between patients, staff, users and logs. Names read for their
    # Spanish meaning (the scripts' comments). `id_patient`, `id_problem`, `id_member`,
    # `id_user` and the other integer keys are surrogate keys; staff (`staff_tbl`, its NIF,
    # address and phone, `collegiate_number`, the doctor's registration number) and users are
    # not a patient's. `nif` (NIF, the tax identity number a Spanish person's DNI carries) and
    # `nss` (numero de la seguridad social) are `ssn`; `nts` (numero de tarjeta sanitaria, the
    # health card) is `health_plan`; `insurance_company` (the insurer's name) is not.
    "patient_tbl": {
        "nif": "ssn",
        **_same("first_name surname1 surname2", "name"),
        "address": "address",
        "phone_contact": "phone",
        **_same("birth_date decease_date", "date"),
        "birth_place": "address",
        "nts": "health_plan",
        "nss": "ssn",
        # Text areas on the patient's card (situacion familiar, laboral, estudios): what the
        # clinician types about the patient's family, work and schooling (education read as
        # typed text, not a coded level; disputable).
        **_same("family_situation labour_situation education", "free_text"),
    },
    # The personal and family history (antecedentes): every column a text area.
    "history_tbl": {
        **_same(
            "birth_growth growth_sexuality feed habits peristaltic_conditions psychological"
            " children_complaint venereal_disease accident_surgical_operation"
            " medicinal_intolerance mental_illness parents_status_health brothers_status_health"
            " spouse_childs_status_health family_illness",
            "free_text",
        ),
    },
    # A problem (the problem-oriented record): its record-keeping date and opening and closing
    # dates; the statement (`wording`), SOAP parts and prescription typed by the doctor.
    # `meeting_place` (lugar de encuentro: consulting room, home visit...) is a care setting, not
    # the patient's address (not; disputable); `order_number` is an ordinal.
    "problem_tbl": {
        **_same("last_update_date opening_date closing_date", "date"),
        **_same("wording subjective objective appreciation action_plan prescription", "free_text"),
    },
    # Deleted patients and problems: the deleted row's copy (patient with its history) and the
    # time and user of the deletion; the copy keeps the live table's labels and `create_date`
    # (when the row was deleted) dates the patient's row, as `date_voided`.
    "deleted_patient_tbl": {
        "nif": "ssn",
        **_same("first_name surname1 surname2", "name"),
        "address": "address",
        "phone_contact": "phone",
        **_same("birth_date decease_date", "date"),
        "birth_place": "address",
        "nts": "health_plan",
        "nss": "ssn",
        **_same("family_situation labour_situation education", "free_text"),
        **_same(
            "birth_growth growth_sexuality feed habits peristaltic_conditions psychological"
            " children_complaint venereal_disease accident_surgical_operation"
            " medicinal_intolerance mental_illness parents_status_health brothers_status_health"
            " spouse_childs_status_health family_illness",
            "free_text",
        ),
        "create_date": "date",
    },
    "deleted_problem_tbl": {
        **_same("last_update_date opening_date closing_date create_date", "date"),
        **_same("wording subjective objective appreciation action_plan prescription", "free_text"),
    },
    # The record log: Query_Page_Record::log() writes the serialized row a user inserted,
    # updated or deleted (a patient's, a problem's, a history's...) into `affected_row`, an
    # audited copy (`other_id`); its `access_date` is the audit log's own time (not). The
    # access log (logins) is staff's.
    "record_log_tbl": {"affected_row": "other_id"},
}  # fmt: skip

PHI["cabinetmed"] = {
    # CabinetMed (DoliMed), the module that turns Dolibarr (the PHP/MySQL ERP/CRM) into a French
    # medical practice's record: patients are Dolibarr third parties (a `llx_societe` row shown
    # through the patient canvas), with their history notes in `llx_cabinetmed_patient`,
    # consultations (reason, diagnosis, history of the illness, examination, prescriptions,
    # payment), biology and other examinations. `rowid`, `fk_soc` (the patient), `fk_user*`
    # (staff), `fk_agenda` and `parent` ("son or daughter of": another patient's key) are keys;
    # the code lists (reasons, diagnoses, prescribed examinations, conclusions, banks) are not.
    # `llx_cabinetmed_societe` is the module's copy of `llx_societe` (the 3.2-to-3.3 migration
    # copies every third party, the patients, into it): labelled as the patients' table, by
    # what the patient card writes into each column.
    "llx_cabinetmed_societe": {
        "nom": "name",  # "Lastname and firstname of patient"
        # A reference of the patient's record in another system (`ref_ext`) or an internal one
        # (`ref_int`, unused by the card): the patient's number wherever it is filled
        # (disputable for ref_int).
        **_same("ref_ext ref_int", "mrn"),
        **_same("tms datec datea", "date"),
        "code_client": "mrn",  # "Patient code", unique for each patient
        # The patient's customer account code in the accounts (built from the patient code by
        # Dolibarr's accounting-code module): an account number (disputable).
        "code_compta": "account",
        **_same("address cp ville", "address"),
        "tel": "phone",  # PhonePerso
        "fax": "phone",  # the patient card writes the mobile phone (PhoneMobile) into fax
        "url": "url",
        "email": "email",
        # The professional-id columns hold the patient's measures and details: siren the size
        # (height), siret the weight (not), ape the birth date typed as text (date), idprof4
        # the profession (not).
        "ape": "date",
        "tva_intra": "ssn",  # relabelled "Social number": the NIR, numero de securite sociale
        "note": "free_text",
        "barcode": "other_id",  # a bar code identifying the patient's card, as Odoo's partner's
    },
    # The patient's history notes (medical, general and orthopaedic surgical, rheumatological,
    # other, treatments, allergies, intolerances, specific products): text areas; the alert
    # flags beside them are not.
    "llx_cabinetmed_patient": {
        **_same(
            "note_antemed note_antechirgen note_antechirortho note_anterhum note_other"
            " note_traitclass note_traitallergie note_traitintol note_traitspec",
            "free_text",
        ),
    },
    # A consultation: its date and record-keeping times; the history of the illness (hdm),
    # clinical examination, prescribed examinations and treatments, comment and the
    # infiltrations done (a short typed text) are the doctor's text. The primary reason and
    # primary diagnosis (varchar(64), one entry picked from the code list with "+P") are chosen
    # terms (not); the secondary ones are text areas the list appends to and the doctor edits
    # (free text; disputable). Care type, visit type, CCAM code, amounts and the patient's bank
    # (from the bank list) are not.
    "llx_cabinetmed_cons": {
        **_same("datecons date_c tms", "date"),
        **_same(
            "motifconssec diaglessec hdm examenclinique examenprescrit traitementprescrit"
            " comment infiltration",
            "free_text",
        ),
    },
    # Biology results: the date, the typed results, conclusions and comment; the rheumatology
    # follow-up scores (DAS 28, BASDAI and their parts) are not.
    "llx_cabinetmed_exambio": {
        **_same("dateexam tms", "date"),
        **_same("resultat conclusion comment", "free_text"),
    },
    # Imaging and other examinations: the date; the principal examination and conclusion are
    # picked from the lists (not), the secondary ones text areas (free text, as above).
    "llx_cabinetmed_examaut": {
        **_same("dateexam tms", "date"),
        **_same("examsec concsec", "free_text"),
    },
}  # fmt: skip

# LabKey Server's EHR module (LabKey/ehrModules: the ehr and ehr_lookups schemas as the
# consolidated 15.30 PostgreSQL scripts leave them, and the reference study's datasets, the
# colony's clinical record). The EHR is built for non-human primate research colonies (the WNPRC,
# ONPRC and other primate centres): its subjects are animals (species Rhesus, Cynomolgus,
# Marmoset...; sire, dam, kinship, inbreeding, cages and rooms, vendors, CITES, USDA codes,
# IACUC protocols). HIPAA's PHI is information about an individual, a natural person
# (45 CFR 160.103): an animal's record is no one's PHI, so an animal's id (`Id`, `id`, `id2`, the
# sire, dam and alias), its birth, death, arrival and departure dates, clinical remarks
# (`hx`, `remark`, encounter summaries), diagnoses, housing (room and cage), microchip
# (`implantnumber`) and vendor numbers and the record-keeping times on its rows are not PHI,
# however much they look like a patient's (the policy's question asks of a patient). The people
# in the schema are staff and investigators (`pi`, `inves`, `inves2`, `reqname`,
# `contact_emails`, `username`, `assignedto`, `userid`, `createdby`, notification recipients),
# not PHI as everywhere; vendors and source institutions (`source`, its city, state and country)
# are organisations. The project's `account` is a grant's billing account, not a patient's. No
# column is PHI.
PHI["labkeyehr"] = {}  # fmt: skip

PHI["openboxes"] = {
    # OpenBoxes (Partners In Health's open-source supply-chain and inventory system for
    # hospitals, clinics and their depots), its install baseline baseline.sql (a mysqldump of the
    # openboxes_dev database, October 2012, 74 tables): locations and their addresses, persons
    # and users, products, inventories and lots, transactions, shipments with containers,
    # documents, events and reference numbers, purchase orders, requests (requisitions between
    # locations), fulfillments, picklists and receipts. OpenBoxes keeps no patient: stock moves
    # between locations (depots, wards, dispensaries, suppliers), and every person it names is
    # staff or a trading partner's contact. No column is PHI.
    # `person` (shared by users through `user`, whose id is the person's, and by the recipients
    # of shipments, containers, items, orders, requests and receipts, the carrier who travels
    # with a suitcase shipment and suppliers' contacts) holds staff and contacts, not patients:
    # names, e-mail and phone are not PHI (staff, as `users` everywhere; OpenBoxes's own
    # `anonymize` setting masks them for staff privacy, not for HIPAA). `user.photo` is a staff
    # photo (not `photo`); passwords, usernames and login dates are staff's.
    # `address` is referenced only by `location`: the addresses of depots, warehouses and
    # suppliers (facilities, as OpenMRS's `location`), not a patient's.
    # `reference_number.identifier` keeps a shipment's reference numbers by type (purchase
    # order, customer name, internal identifier, bill of lading, air waybill, container, seal,
    # flight, licence plate): the licence plate is the truck's (a carrier's vehicle, not a
    # patient's `vehicle_id`), the customer a trading partner; not PHI. So are the courier's
    # `tracking_number`, shipment, order and request numbers and container numbers.
    # Text: `comment.comment` (messages between users on shipments, orders, requests and
    # receipt items), `shipment.additional_information`, transaction, transaction entry,
    # picklist item and receipt item comments are staff's notes about stock and logistics, not
    # about a patient (unlike OSCAR's staff messages, written about patients in an EMR): not.
    # `document.file_contents` holds shipping documents (packing lists, invoices, bills of
    # lading, certificates of donation and analysis, safety data sheets, manifests), not a
    # patient's document. `donor` is an organisation donating goods (certificate of donation),
    # not a blood or tissue donor. Products' NDC, UPC and GTIN codes, lot numbers and expiry
    # dates describe products, not a patient's device (not `device_id`). `consumption` counts a
    # product's use per location and day (`day`/`month`/`year` integers): an aggregate, not a
    # patient's. `request.recipient_program` names the programme (HIV, TB...) stock is issued
    # to, not a patient's. Dates of shipments, orders, requests, receipts, transactions and
    # record-keeping times date stock movements, not a patient (as eTB Manager's orders and
    # transfers).
}  # fmt: skip


PHI["isante"] = {
    # iSanté (I-TECH's EMR of Haiti's HIV clinics, PHP on MySQL), its operational tables. The
    # patient's `patientID` (iSanté's internal key: the site code followed by `person_id`, the
    # column every table links by) and `masterPid` (the first `patientID` a patient was given
    # nationwide, the key of the master record) are keys (not, as OSCAR's `demographic_no`;
    # disputable: iSanté's own OpenMRS migration copies both out as identifier types); the clinic's
    # ST code `clinicPatientID` is the record number (`mrn`), `nationalID` Haiti's national
    # identity number (`ssn`). `siteCode`, `dbSite`, `seqNum`, slots and `*_id` keys are not.
    # Text typed beside a flag to name another category ("other, specify": reasons, places,
    # drugs, vaccines, facilities) is not; typed clinical statements (side effects, infections,
    # conditions, symptoms) and every remark, comment and note on a patient's form are free text.
    "adherenceCounseling": {
        **_IS_VISIT,
        # the person who picks up the patient's drugs (a relative or the buddy)
        "pickupPersonName": "name",
        "adherenceRemark": "free_text",
    },
    "allergies": {
        **_IS_VISIT,
        # `allergyName`, the drug or allergen named on a structured allergy row, is not (a
        # product's name).
        **_same("allergyStartMm allergyStopMm", "date"),
    },
    # The people the patient allows the clinic to tell of the diagnosis.
    "allowedDisclosures": {
        **_IS_VISIT,
        "disclosureName": "name",
        "disclosureAddress": "address",
        "disclosureTelephone": "phone",
    },
    "arvAndPregnancy": _IS_VISIT,
    "arvEnrollment": {
        **_IS_VISIT,
        # the next appointment and the ARV committee's approval; week and day counts are spans
        **_same(
            "nextVisitDD nextVisitMM committeeApprovalDateDd committeeApprovalDateMm", "date"
        ),
        "notesArvEnroll": "free_text",
    },
    "bloodeval1": {"visitdate": "date"},
    "bloodeval2": {"visitdate": "date"},
    # The treatment supporter (accompagnateur, usually a relative) and the backup, labelled as a
    # relative: names, address and contacts, and the month the supporter was trained (a date on
    # the patient's row); why the supporter changed is typed about the patient.
    "buddies": {
        **_IS_VISIT,
        **_same("trainMm supportAccompTrainedMm", "date"),
        **_same("supportAccompName backupAccompName", "name"),
        "supportAccompAddr": "address",
        **_same("supportAccompTel backupAccompContact", "phone"),
        "hasBuddyChangedText": "free_text",
    },
    "cd4Table": {"visitdate": "date"},
    "cd4Temp": {"visitdate": "date"},
    # A report's working table: `minDate` is the patient's first visit kept as text (YYMMDD).
    "cohort": {"minDate": "date"},
    "cohortTable": {"firstVisit": "date"},
    # The counsellor's remarks and the barriers the patient describes (details, not a category).
    "comprehension": {
        **_IS_VISIT,
        **_same(
            "compRemarks obstaclesRemarks barriersToApptsText barriersToHomeVisitsText",
            "free_text",
        ),
    },
    "conditions": {**_IS_VISIT, "conditionMm": "date", "conditionComment": "free_text"},
    # Discontinuation of care: missed appointments, transfer, end, death, last contact and
    # disenrolment dates; the action plan and remarks; the side effects, opportunistic infection,
    # other cause of death and the home visits made to trace the patient, typed (free text). The
    # referral, transfer clinic and other-reason texts are not.
    "discEnrollment": {
        **_IS_VISIT,
        **_same(
            "missDateDd missDateMm transferDateMm transferDateDd endingMm endingDd "
            "reasonDiscDeathMm reasonDiscDeathDd lastContactDd lastContactMm disEnrollDd "
            "disEnrollMm missOtherDateDd missOtherDateMm",
            "date",
        ),
        **_same(
            "actionPlan discRemarks sideEffectsText opportunInfText discDeathOtherText "
            "min3homeVisitsText",
            "free_text",
        ),
    },
    "discTable": {"discDate": "date"},
    # `reasonComments` (why a drug was stopped) is a reason, not (as GNU Health's).
    "drugs": {**_IS_VISIT, **_same("startMm stopMm", "date")},
    "drugSummaryAll": {**_same("startDate stopDate", "date")},
    "drugTableAll": {"visitdate": "date"},
    # The form's header: its dates, record-keeping times and the next appointment; the authors
    # (`formAuthor`, `creator`, `lastModifier`) are staff.
    "encounter": {
        **_IS_VISIT,
        **_same("lastModified createDate visitDate nxtVisitDd nxtVisitMm", "date"),
        "encComments": "free_text",
    },
    # `signature` is the clinician's.
    "encounterOtherFields": {"drugRemarks": "free_text", "arvStartDate": "date"},
    # The lab-order queue to the laboratory system: the accession number is a specimen's
    # (wherever kept); the queue's own times are a job's (not).
    "encounterQueue": {"accessionNumber": "other_id"},
    # The toxicities the patient has, typed, and the comments; a regimen failure's other reason
    # is not.
    "followupTreatment": {
        **_IS_VISIT,
        **_same(
            "currToxText currToxicityText adherenceComments followupComments", "free_text"
        ),
    },
    "homeCareVisits": {
        **_IS_VISIT,
        **_same(
            "missedDateDd missedDateMm nextClinicVisitDd nextClinicVisitMm nextHomeVisitDd "
            "nextHomeVisitMm arvDiscontinuationDd arvDiscontinuationMm careDiscDeathDateDd "
            "careDiscDeathDateMm",
            "date",
        ),
        **_same("illnessDescriptionOther homeVisitRemarks", "free_text"),
    },
    # The patient's household: members' names (relatives); ages and relationships are not.
    "householdComp": {**_IS_VISIT, "householdName": "name"},
    "immunizations": {
        **_IS_VISIT,
        **_same("immunizationDd immunizationMm", "date"),
        "immunizationComment": "free_text",
    },
    "otherImmunizations": {
        **_IS_VISIT,
        **_same("immunizationDd immunizationMm", "date"),
        "immunizationComment": "free_text",
    },
    # Results received from the laboratory system as HL7 messages, kept: the stored message is
    # PHI (as `hl7_data`), its receipt and transmission times date the patient's result (a
    # message store, as Mirth's `received_date`); the sending lab is not.
    "labMessageStorage": {
        **_same("receiptDateTime originalXmitDateTime", "date"),
        "message": "other_id",
    },
    "labs": {
        **_IS_VISIT,
        **_same("resultDateDd resultDateMm resultTimestamp supersededDate", "date"),
        "resultRemarks": "free_text",
        "accessionNumber": "other_id",
    },
    "medicalEligARVs": {
        **_IS_VISIT,
        **_same(
            "CD4DateMM CD4DateDD TLCDateMM TLCDateDD ViralLoadMM ViralLoadDD commAuthEnrollDD "
            "commAuthEnrollMM commDelayEnrollDD commDelayEnrollMM expFromDt expFromMm",
            "date",
        ),
    },
    # The NASTAD report's rows: `value` is a report data element's value (not).
    "nastadTable": {"visitdate": "date"},
    "needsAssessment": _IS_VISIT,
    # `altDosageDescription` is the dose the clinician typed (the sig); `stdDosageDescription`
    # the drug list's standard dosage (not).
    "otherDrugs": {
        **_IS_VISIT,
        **_same("startMm stopMm", "date"),
        "altDosageDescription": "free_text",
    },
    "otherLabs": {
        **_IS_VISIT,
        **_same("resultDateDd resultDateMm resultTimestamp", "date"),
        "resultRemarks": "free_text",
        "accessionNumber": "other_id",
    },
    # The alternative dose prescribed and dispensed and the paediatric dose, typed (the sig);
    # the standard dosage and the number of days are not.
    "otherPrescriptions": {
        **_IS_VISIT,
        **_same("dispDateDd dispDateMm", "date"),
        **_same("altDosageSpecify dispAltDosageSpecify pedDosageDesc", "free_text"),
    },
    # The registration. The address is Haiti's below the département (district, section
    # communale, town) and so is the birthplace; `homeDirections` (how to find the home) is
    # `address`; the contact person and the medical power of attorney are the patient's relatives
    # or trusted persons (names, addresses, phones); the month and day of birth are dates, the year
    # is not; `stid` (a float beside the ST code) is read as the ST code's number kept for sorting
    # (`mrn`, disputable); `patGuid` is a generated key.
    "patient": {
        "nationalID": "ssn",
        **_same("lname fname fnameMother fnameFather contact medicalPoa", "name"),
        **_same(
            "addrDistrict addrSection addrTown birthDistrict birthSection birthTown "
            "addrContact homeDirections addrContactSection addrContactTown addrMedicalPoa "
            "addrMedicalPoaSection addrMedicalPoaTown",
            "address",
        ),
        **_same("dobDd dobMm deathDt", "date"),
        **_same("phoneContact telephone phoneMedicalPoa", "phone"),
        **_same("clinicPatientID stid", "mrn"),
    },
    "patientEducation": {**_IS_VISIT, "supportOtherCounsel": "free_text"},
    # `patientStatusTemp` keeps a report's period end and run time (not).
    # The child's history: the mother's birth date, TB treatment and ARV dates (a relative's);
    # the causes of death of the mother's other children, typed; the mother's prenatal-care file
    # number (a relative's record number, as KenyaEMR's `parent_ccc_number`); the place of
    # delivery typed when not a hospital (as Hospital OS's birth outside a facility).
    "pedHistory": {
        **_IS_VISIT,
        **_same(
            "pedMotherHistDobDd pedMotherHistDobMm pedMotherHistTreatTbDd "
            "pedMotherHistTreatTbMm pedMotherHistHivArvPregStartDd "
            "pedMotherHistHivArvPregStartMm pedMotherHistHivArvPregStopDd "
            "pedMotherHistHivArvPregStopMm pedMotherHistHivHaartPregStDd "
            "pedMotherHistHivHaartPregStMm pedMotherHistHivHaartPregSpDd "
            "pedMotherHistHivHaartPregSpMm pedFratHistTreatTbDd pedFratHistTreatTbMm",
            "date",
        ),
        **_same(
            "pedMotherHistGrosDeadCause1 pedMotherHistGrosDeadCause2 "
            "pedMotherHistGrosDeadCause3",
            "free_text",
        ),
        "pedMotherHistGrosPreCareNum": "mrn",
        "pedMotherHistGrosWhereOther": "address",
    },
    "pedLabs": _IS_VISIT,
    "pepfarTable": {"visitDate": "date"},
    "prescriptionOtherFields": {
        **_IS_VISIT,
        **_same("arvStartDateDd arvStartDateMm", "date"),
        "drugRemarks": "free_text",
    },
    "prescriptions": {
        **_IS_VISIT,
        **_same("dispDateDd dispDateMm", "date"),
        **_same("altDosageSpecify dispAltDosageSpecify pedDosageDesc", "free_text"),
    },
    "referrals": {
        **_IS_VISIT,
        **_same("refAdateDd refAdateMm refFdateDd refFdateMm", "date"),
    },
    "riskAssessment": _IS_VISIT,
    "riskAssessments": {
        **_IS_VISIT,
        **_same("riskDd riskMm", "date"),
        "riskComment": "free_text",
    },
    # A report's working table: the visit kept as text.
    "startARV": {"visitdate": "date"},
    "symptoms": {
        **_IS_VISIT,
        **_same(
            "otherSymptoms illnessHistory pedSympRashText pedSympCoughText", "free_text"
        ),
    },
    # `currentTreatNo`, the TB treatment number, is a programme register number (as KenyaEMR's).
    "tbStatus": {
        **_IS_VISIT,
        **_same(
            "completeTreatMm completeTreatDd debutINHMm arretINHMm pedCompleteTreatStartMm "
            "pedTbEvalPpdRecentMm",
            "date",
        ),
        "currentTreatNo": "other_id",
    },
    "tempDiscTable": {"discDate": "date"},
    "tmpNxtDate": {"visitdate": "date"},
    "validVitals": _IS_VITALS,
    "vitals": _IS_VITALS,
    # The audit log: `eventParameters` records what each event touched (the patient, the form,
    # the search typed), as Mirth's `event.attributes` (other_id, disputable); its time, user and
    # type are not.
    "eventLog": {"eventParameters": "other_id"},
    "eligibility": {"visitDate": "date"},
    # A report of suspected duplicate registrations, copying the patient's details.
    "duplicatePatients": {
        "nationalID": "ssn",
        **_same("lname fname fnamemother", "name"),
        **_same("dobDd dobMm", "date"),
    },
    # The concept store of the newer forms (OpenMRS-style): `value_text` holds the typed answers
    # and, by iSanté's own migration, the primary-care and OB-GYN file numbers (`primCareID`,
    # `obgynID`): a mixed column takes its most specific class (other_id, disputable); `comments`
    # is free text, the record-keeping and clinical dates date the patient.
    "obs": {
        **_same(
            "obs_datetime value_datetime date_started date_stopped date_created date_voided",
            "date",
        ),
        "accession_number": "other_id",
        "value_text": "other_id",
        "comments": "free_text",
    },
    # `staticReportData.value1..4` (a report's cached output per user) is read as a report's
    # values (not, as REDCap's dashboards; disputable).
    "patientAlert": {"insertDate": "date"},
}  # fmt: skip

# OpenSpecimen (round 22, helper ho22a): Krishagni's biobank LIMS (caTissue's successor), the 41
# tables of its current Hibernate mappings, labelled before any measurement. The donor
# (participant) is the patient, as in caTissue; users, sites, protocols, requests, orders and
# shipments are staff and logistics.
PHI["openspecimen"] = {
    "catissue_participant": {
        **_same("LAST_NAME FIRST_NAME MIDDLE_NAME", "name"), "EMAIL_ADDRESS": "email",
        "PHONE_NUMBER": "phone", "SOCIAL_SECURITY_NUMBER": "ssn", "EMPI_ID": "mrn",
        **_same("BIRTH_DATE DEATH_DATE CREATION_TIME UPDATE_TIME", "date"),
    },
    "catissue_part_medical_id": {"MEDICAL_RECORD_NUMBER": "mrn"},
    "catissue_coll_prot_reg": {
        "PROTOCOL_PARTICIPANT_ID": "mrn", "BARCODE": "other_id", "EXTERNAL_SUBJECT_ID": "other_id",
        **_same("CONSENT_SIGN_DATE REGISTRATION_DATE CREATION_TIME UPDATE_TIME", "date"),
        "CONSENT_COMMENTS": "free_text",
    },
    "catissue_specimen_coll_group": {
        **_same("NAME SURGICAL_PATHOLOGY_NUMBER", "other_id"), "COMMENTS": "free_text",
        **_same("COLLECTION_TIMESTAMP CREATION_TIME UPDATE_TIME", "date"),
    },
    "catissue_specimen": {
        **_same("LABEL ADDITIONAL_LABEL BARCODE IMAGE_ID", "other_id"), "COMMENTS": "free_text",
        **_same("CREATED_ON CREATION_TIME UPDATE_TIME", "date"),
    },
    "os_spmn_external_ids": {"VALUE": "other_id"},
    "os_spmn_coll_recv_details": {
        **_same("COLLECTION_TIME RECEIVED_TIME", "date"),
        **_same("COLLECTION_COMMENTS RECEIVED_COMMENTS", "free_text"),
    },
    "os_staged_participants": {
        **_same("LAST_NAME FIRST_NAME MIDDLE_NAME", "name"), "NUID": "ssn", "EMPI_ID": "mrn",
        **_same("BIRTH_DATE DEATH_DATE UPDATED_TIME", "date"),
    },
    "os_staged_part_medical_ids": {"MEDICAL_RECORD_NUMBER": "mrn"},
    "os_staged_visits": {
        **_same("NAME SURGICAL_PATHOLOGY_NUMBER ADDITIONAL_INFO_JSON", "other_id"),
        "COMMENTS": "free_text", **_same("COLLECTION_TIMESTAMP UPDATE_TIME", "date"),
    },
    "os_order_items": {"LABEL": "other_id", "RETURN_DATE": "date", "RETURN_COMMENTS": "free_text"},
}  # fmt: skip


PHI["c3pr"] = {
    # C3PR v2 (caBIG's Cancer Central Clinical Participant Registry, NCI; Java/Hibernate on
    # PostgreSQL), its baseline database: the registry's 26 tables and the CSM security tables.
    # The participant (the patient registered on a trial at a cancer centre) is the patient.
    # `id`, every `*_id` key and `grid_id` (a UUID caGrid assigns to each row) are generated keys
    # (not, as SORMAS's `uuid`); `version` is Hibernate's row version (not).
    "participants": {
        "first_name": "name",
        "last_name": "name",
        "maiden_name": "name",
        "birth_date": "date",
    },
    # `addresses` is shared by participants, investigators, research staff and organizations
    # (`add_id`, `address_id`): a shared address table holds the patient's address (as
    # ClearHealth's `address`); the state and country codes are not.
    "addresses": {"street_address": "address", "city": "address", "postal_code": "address"},
    # `contact_mechanisms` (participants', investigators' and research staff's e-mail, phone and
    # fax, by `type`): `value` is `phone` whatever its type (as GNU Health's contact mechanism).
    "contact_mechanisms": {"value": "phone"},
    # `identifiers` is shared by studies (protocol, C3D, ClinicalTrials.gov ids), participants
    # (the medical record numbers organisations assign) and registrations: a mixed column takes
    # its most specific class (as SanteDB's `ent_id_tbl.id_val`): `mrn`; type and source not.
    "identifiers": {"value": "mrn"},
    # The registration of a participant on a study site (`study_participant_assignments`): the
    # subject's study identifier is the trial's record number (`mrn`, as OpenClinica's subject
    # label); the registration (start) and informed-consent signing dates are dates; the
    # eligibility waiver's reason (a workflow reason, as `void_reason`; disputable), status and
    # consent version are not.
    "study_participant_assignments": {
        "study_participant_identifier": "mrn",
        "start_date": "date",
        "informed_consent_signed_date": "date",
    },
    # The arm the participant was assigned to, with its start date (a date on a patient's row).
    "scheduled_arms": {"start_date": "date"},
    # The participant's disease at registration: `other_disease_code` (varchar(500), the disease
    # typed when the study's CTEP terms do not hold it) is `free-text` (as OpenMRS 2's
    # `*_non_coded` diagnoses; disputable); the typed anatomic site is a category (not).
    "disease_history": {"other_disease_code": "free_text"},
    # Eligibility and stratification answers (EAV answers of the registration's checklist),
    # studies, arms, epochs, criteria, disease terms, anatomic sites, organizations,
    # investigators and research staff (staff: names, NCI ids, dates of their roles), study
    # sites (IRB approval and site dates) and the CSM tables (users are staff: names, phone,
    # e-mail, login; applications, groups, roles, privileges, protection elements) are not.
}  # fmt: skip


PHI["openempi"] = {
    # The MPI's person record (patients from every source system). `person_id` is the key every
    # table links by (not); `group_number` is read as a grouping key of records (not,
    # disputable); prefix, suffix, degree, the coded lookups, marital status, the multiple-birth
    # flag and birth order, the death flag, the state, the country and its code are not.
    "person": {
        **_same(
            "given_name middle_name family_name family_name2 mother_name father_name "
            "mothers_maiden_name",
            "name",
        ),
        **_same("date_of_birth death_time date_created date_changed date_voided", "date"),
        # Rwanda's administrative levels below the province (district, sector, cell, village)
        # and their codes, as HOSxP's tambon and village codes; the province is a state.
        **_same(
            "birth_place address1 address2 city postal_code district district_id sector "
            "sector_id cell cell_id village village_id",
            "address",
        ),
        # The phone number's parts (the area code as The Ark's); the country calling code is not.
        **_same("phone_area_code phone_number phone_ext", "phone"),
        "email": "email",
        "ssn": "ssn",
        # The patient account number (HL7 PID-18).
        "account": "account",
        # Custom fields hold the transformations the shipped conf/mpi-config.xml defines for
        # blocking and matching: NYSIIS of the family name, Double Metaphone of the given name,
        # the family name's first four letters (derived names), the birth date as MM.yyyy (a
        # month), an identifier copied from the person's identifiers; custom6..20 are unused by
        # that configuration (site-configured, as `usertext*`: not; disputable).
        **_same("custom1 custom2 custom3", "name"),
        "custom4": "date",
        "custom5": "mrn",
    },
    # Identifiers under any assigning authority (source systems' MRNs, national ids, the
    # global id), as SanteDB's `ent_id_tbl.id_val`.
    "person_identifier": {
        "identifier": "mrn",
        **_same("date_created date_voided", "date"),
    },
    # A link between two of the patient's records (as HAPI FHIR's MDM link), the logged copy of
    # a link the matcher made (disputable) and a pair queued for a reviewer's decision (the
    # review's time an officer's work on the patient's records, as SORMAS's tasks).
    "person_link": {"date_created": "date"},
    "link_log": {"date_created": "date"},
    "person_link_review": {**_same("date_created date_reviewed", "date")},
    # The PIX/PDQ message log: whole HL7 messages received and sent, dated as Mirth's store.
    "message_log": {
        **_same("incoming_message outgoing_message", "other_id"),
        "date_received": "date",
    },
    # Identifier values copied into an identifier-update notification (its event row is the
    # recipients' notification queue: not).
    "identifier_update_entry": {"identifier": "mrn"},
    # The data profiler's value table: every distinct value of each profiled person attribute
    # (names, birth dates, identifiers) with its frequency; a mixed column of person attributes
    # (other_id, disputable).
    "data_profile_attribute_value": {"attribute_value": "other_id"},
}  # fmt: skip


# IBM / LinuxForHealth FHIR Server 5.x (round 22, ho22f): its PostgreSQL persistence schema
# (FhirSchemaGenerator, FhirResourceTableGroup), the shared FHIRDATA tables and the per-resource
# tables of ten resource types. Labelled as HAPI FHIR's and Microsoft's stores, table by table as
# Medplum's: on the tables of a patient's resources (Patient, RelatedPerson, Encounter,
# Observation, Condition, DiagnosticReport, MedicationRequest) the stored resource (`data`, the
# compressed JSON) is `other_id` and `last_updated` is `date`; Practitioner, Organization and
# Location hold staff and facilities (not). A per-resource value table is labelled by what the
# server's default (R4) search parameters of that type index into it: Patient's and
# RelatedPerson's strings are name and address parts (`name`, as HAPI's sp_value_exact),
# Observation's are value-string (`free_text`, as Medplum's valueString), Condition's are
# onset-info and abatement-string (`date`, as Medplum's onsetInfo); Encounter's,
# DiagnosticReport's and MedicationRequest's string tables, and every latlng, number and
# quantity table here, hold no identifier (not). Date tables of a patient's resources are
# `date`. The shared token table (identifier values, telecoms, codes, display texts) is
# `other_id` (as HAPI's token sp_value); the whole-system date table (_lastUpdated), the
# whole-system logical_resources.last_updated and the change log's change_tstamp date a
# patient's record. Logical ids (logical_resource_ident, erased_resources, current-list refs),
# keys, hashes, reindex times, canonical URLs, tags, security labels, profiles and
# resource_payload_key (a UUID key to an offloaded payload) are not.
PHI["ibmfhir"] = {
    "common_token_values": {"token_value": "other_id"},
    "logical_resources": {"last_updated": "date"},
    "resource_change_log": {"change_tstamp": "date"},
    "date_values": _same("date_start date_end", "date"),
    **{
        table: labels
        for rt in (
            "condition", "diagnosticreport", "encounter", "medicationrequest", "observation",
            "patient", "relatedperson",
        )
        for table, labels in {
            f"{rt}_logical_resources": {"last_updated": "date"},
            f"{rt}_resources": {"last_updated": "date", "data": "other_id"},
            f"{rt}_date_values": _same("date_start date_end", "date"),
        }.items()
    },
    "patient_str_values": _same("str_value str_value_lcase", "name"),
    "relatedperson_str_values": _same("str_value str_value_lcase", "name"),
    "observation_str_values": _same("str_value str_value_lcase", "free_text"),
    "condition_str_values": _same("str_value str_value_lcase", "date"),
}  # fmt: skip


PHI["acshms"] = {
    # Almighty Consulting's ACS HMS (Odoo 16: acs_hms_base and acs_hms, as an Indian clinic's
    # deployment keeps them). Odoo's create_date/write_date (_GH_KEEPING) date the patient on
    # res_partner (shared by patients, referring doctors, corporate and drug companies and, through
    # res.users, physicians) and on every row of a patient's, not on catalogue, template and staff
    # rows. res_partner is labelled as OCA vertical-medical's was (ocamedical).
    "res_partner": {
        **_GH_KEEPING,
        **_same("name display_name company_name commercial_company_name", "name"),
        **_same("street street2 zip city partner_latitude partner_longitude", "address"),
        **_same("phone mobile", "phone"),
        **_same("date birthday date_of_death", "date"),
        "email": "email",
        "website": "url",
        "comment": "free_text",
        "ref": "account",
        "vat": "ssn",
        # the "Identification Code provided by the Health Center": the patient's number, which
        # hms.patient's create fills from the hms.patient sequence
        "code": "mrn",
    },
    "hms_patient": {
        **_GH_KEEPING,
        # "Government Identity", relabelled by the company's country (Aadhaar in India)
        "gov_code": "ssn",
        "spouse_name": "name",
        # the patient's employee number at the corporate tie-up company
        "emp_code": "other_id",
        "passport": "other_id",
        # a map link to where the patient lives (as GNU Health's OpenStreetMap urladdr)
        "location_url": "address",
        "medical_history": "free_text",
    },
    "hms_consumable_line": {**_GH_KEEPING, "date": "date", "note": "free_text"},
    "hms_treatment_line": {
        **_GH_KEEPING,
        **_same("date end_date", "date"),
        "note": "free_text",
    },
    "acs_family_member": _GH_KEEPING,
    "acs_patient_evaluation": {
        **_GH_KEEPING,
        "date": "date",
        # the evaluation's sequence number
        "name": "other_id",
        # the clinical assessment's typed findings (bowel, appetite, urination, other systems,
        # new complaints, changes of protocol and medication, improvement)
        **_same("others bow apt uri anc anp anm ai", "free_text"),
    },
    "hms_appointment": {
        **_GH_KEEPING,
        # the appointment number; display_name is "<title> <patient's name>", else that number
        "name": "other_id",
        "display_name": "name",
        **_same(
            "follow_date reminder_date date date_to appointment_date waiting_date_start "
            "waiting_date_end date_start date_end pause_date_start pause_date_end",
            "date",
        ),
        **_same(
            "differencial_diagnosis medical_advice chief_complain present_illness "
            "provisanal_diagnosis final_diagnosis lab_report radiological_report notes "
            "past_history refer_reason refered_from_reason",
            "free_text",
        ),
    },
    "hms_patient_disease": {
        **_GH_KEEPING,
        **_same("diagnosed_date healed_date", "date"),
        "description": "free_text",
    },
    "hms_patient_genetic_risk": _GH_KEEPING,
    "hms_patient_family_diseases": _GH_KEEPING,
    "hms_patient_medication": {
        **_GH_KEEPING,
        **_same("adverse_reaction notes", "free_text"),
    },
    "prescription_order": {
        **_GH_KEEPING,
        **_same("follow_up prescription_date", "date"),
        "name": "other_id",
        "notes": "free_text",
    },
    "prescription_line": {**_GH_KEEPING, "short_comment": "free_text"},
    "acs_patient_procedure": {
        **_GH_KEEPING,
        **_same("start_time end_time date date_stop", "date"),
        "name": "other_id",
        "description": "free_text",
    },
    "hms_treatment": {
        **_GH_KEEPING,
        "name": "other_id",
        "display_name": "name",
        **_same("date healed_date end_date", "date"),
        **_same("finding description", "free_text"),
    },
}  # fmt: skip


# GoTHoMIS (Government of Tanzania Hospital Management Information System, Laravel 5.4 on
# MySQL): its base migrations through 2017-03-08. Laravel's `created_at`/`updated_at` date the
# patient on a patient's rows (registration, next of kin, visits, bills, clinical history,
# orders, dispensing, the mortuary's decedents) and nothing on code lists, staff, facilities,
# stock, permissions and configuration (as Tamanu's). `id` and every `*_id` are surrogate keys.
_GT_KEEPING = _same("created_at updated_at", "date")

PHI["gothomis"] = {
    "tbl_patients": {
        **_same("first_name middle_name last_name", "name"),
        "dob": "date",
        "medical_record_number": "mrn",
        "mobile_number": "phone",
        **_GT_KEEPING,
    },
    "tbl_next_of_kins": {"next_of_kin_name": "name", "mobile_number": "phone", **_GT_KEEPING},
    "tbl_registration_statuses": _GT_KEEPING,
    # A patient's attached documents: the description is a title, the path a file's (not).
    "tbl_attachments": _GT_KEEPING,
    # One row per visit ("visit_date_id" everywhere points here): the visit's account number
    # (printed on the bill; built from the patient id and the month) is `account`; the NHIF
    # membership and card numbers `health_plan`; the NHIF authorization number for the visit a
    # prior-authorisation reference (`other_id`); the day attended `date`.
    "tbl_accounts_numbers": {
        "account_number": "account",
        "authorization_number": "other_id",
        **_same("membership_number card_no", "health_plan"),
        "date_attended": "date",
        **_GT_KEEPING,
    },
    # The mortuary's register of decedents (deceased patients and bodies brought in): the
    # decedent's names, birth and death dates and record number; `kin` (the next of kin's name)
    # and `corpse_taken_by` (who collected the body, usually a relative) are names, and
    # `mobile_number` is the supporter's or relative's phone (the controller writes it so);
    # the typed causes of death, the body's condition and the belongings found with it are
    # free text; the certifying doctor, the police officer's phone and station, the vehicle that
    # brought the body (`transport`) and its `driver` are not the decedent's or a relative's
    # (not, disputable); the certifier's time (text) dates the death (`date`).
    "tbl_corpses": {
        **_same("first_name middle_name last_name kin corpse_taken_by", "name"),
        **_same("dob dod time_of_death_certifier", "date"),
        "corpse_record_number": "mrn",
        "mobile_number": "phone",
        **_same(
            "immediate_cause underlying_cause corpse_conditions corpse_properties", "free_text"
        ),
        **_GT_KEEPING,
    },
    # A visit's (or a decedent's) bill: `BillId` is the bill's GePG reference, the receipt the
    # GePG receipt number (`account`).
    "tbl_encounter_invoices": {"BillId": "account", **_GT_KEEPING},
    "tbl_invoice_lines": {"gepg_receipt": "account", **_GT_KEEPING},
    "tbl_epsodes": {"start": "date", **_GT_KEEPING},
    # The patient's fee-exemption number (`other_id`) and its tracking (a text date).
    "tbl_exemption_numbers": {"exemption_number": "other_id", **_GT_KEEPING},
    "tbl_exemption_tracking_statuses": {"date_created": "date", **_GT_KEEPING},
    # The reason typed for a discount on a patient's bill is a workflow reason (not).
    "tbl_discount_reasons": _GT_KEEPING,
    # The antenatal register: the register's serial number and the net voucher number given to
    # the client are programme numbers (`other_id`); year, height and education not.
    "tbl_anti_natal_registers": {
        **_same("serial_no voucher_no", "other_id"),
        "dob": "date",
        "client_name": "name",
        **_GT_KEEPING,
    },
    "tbl_admissions": {"admission_date": "date", **_GT_KEEPING},
    "tbl_requests": _GT_KEEPING,
    # A notice that a patient's requested test could not be done (item out of stock): dated on
    # the patient's request; its description is the stock's (not).
    "tbl_service_outof_stock": _GT_KEEPING,
    # Dispensing rows (to a patient, `patient_id`, or between stores): dated as a patient's.
    "tbl_dispensers": _GT_KEEPING,
    "tbl_history_examinations": _GT_KEEPING,
    # The complaint chosen with its duration is a picked term (not); other complaints and the
    # history of the presenting illness are free text.
    "tbl_complaints": {**_same("other_complaints hpi", "free_text"), **_GT_KEEPING},
    "tbl_review_systems": _GT_KEEPING,
    "tbl_review_of_systems": {"review_summary": "free_text", **_GT_KEEPING},
    "tbl_past_medical_histories": _GT_KEEPING,
    "tbl_past_medical_historys": _GT_KEEPING,
    "tbl_past_medical_records": {
        **_same("descriptions surgeries admissions transfusion immunisation", "free_text"),
        **_GT_KEEPING,
    },
    "tbl_birth_histories": _GT_KEEPING,
    "tbl_child_birth_histories": {
        **_same("antenatal natal post_natal nutrition growth development", "free_text"),
        **_GT_KEEPING,
    },
    "tbl_obs_gyns": _GT_KEEPING,
    # Obstetric and gynaecological history kept as text: the due date and the last normal
    # menstrual period are dates, the typed menstrual, STD, abortion and contraceptive
    # histories free text; ages at menarche and menopause, cycle and period lengths, gravidity,
    # parity, living children, gestational age and category not.
    "tbl_obs_gyn_records": {
        **_same("due_date lnmp", "date"),
        **_same("menstrual_cycles std abortions contraceptives", "free_text"),
        **_GT_KEEPING,
    },
    "tbl_family_histories": _GT_KEEPING,
    "tbl_family_social_histories": {
        **_same("chronic_illness substance_abuse adoption others", "free_text"),
        **_GT_KEEPING,
    },
    "tbl_physical_examinations": _GT_KEEPING,
    "tbl_physical_examination_records": {
        **_same(
            "observation local_examination gen_examination summary_examination "
            "other_systems_summary",
            "free_text",
        ),
        **_GT_KEEPING,
    },
    "tbl_diagnoses": _GT_KEEPING,
    "tbl_diagnosis_details": _GT_KEEPING,
    "tbl_investigations": _GT_KEEPING,
    "tbl_investigation_details": _GT_KEEPING,
    # The prescription's direction (the sig) is free text, the formulation not.
    "tbl_medications": {"direction": "free_text", **_GT_KEEPING},
    "tbl_patient_procedures": _GT_KEEPING,
    # A lab order: the sample number is a specimen number, the clinical note free text, the
    # time received a date; the cancellation reason (a workflow reason) and sample types not.
    "tbl_orders": {
        "sample_no": "other_id",
        "clinical_note": "free_text",
        "time_received": "date",
        **_GT_KEEPING,
    },
    "tbl_admission_status_tracks": _GT_KEEPING,
    "tbl_continuation_notes": {"notes": "free_text", **_GT_KEEPING},
}  # fmt: skip

# iBLIS (ilabafrica/BLIS, Kenya's Laravel build of C4G BLIS): the dump iblis.sql, labelled
# before any measurement (LABELLING.md, round 23, ho23e). Laravel's timestamps date the patient
# on the rows of a patient's visit, test, specimen and its referral only.
_IB_KEEPING = _same("created_at updated_at", "date")
PHI["iblis"] = {
    "patients": {
        "patient_number": "mrn",
        "name": "name",
        "dob": "date",
        "email": "email",
        "address": "address",
        "phone_number": "phone",
        # the patient's number in the hospital system that sends lab requests (HMIS/EMR)
        "external_patient_number": "mrn",
        "deleted_at": "date",
        **_IB_KEEPING,
    },
    "visits": {"visit_number": "other_id", **_IB_KEEPING},
    # requested_by is the clinician's name typed on the request (staff, not)
    "tests": {
        "interpretation": "free_text",
        **_same("time_created time_started time_completed time_verified time_sent", "date"),
        # the external system's lab order number (external_dump.lab_no) the test was made from
        "external_id": "other_id",
    },
    # reject_explained_to: the ward/clinic person told of a rejection (staff, not)
    "specimens": _same("time_accepted time_rejected", "date"),
    # result: result values of every measure type, kept as EAV rows (not, as OpenELIS's)
    "test_results": {"time_entered": "date"},
    "culture_worksheet": {"observation": "free_text", "deleted_at": "date", **_IB_KEEPING},
    "drug_susceptibility": {"deleted_at": "date", **_IB_KEEPING},
    # a specimen's referral in or out: facility, person and contacts are the other lab's (not)
    "referrals": _IB_KEEPING,
    # the staging table of lab requests pushed by the hospital system (Sanitas), one row per
    # ordered test and measure, with the sender's copy of the patient's details
    "external_dump": {
        "lab_no": "other_id",
        "parent_lab_no": "other_id",
        "provisional_diagnosis": "free_text",
        "request_date": "date",
        "patient_visit_number": "other_id",
        "patient_id": "mrn",
        "full_name": "name",
        "dob": "date",
        **_same("address postal_code city", "address"),
        "phone_number": "phone",
        "receipt_number": "account",
        "waiver_no": "other_id",
        **_IB_KEEPING,
    },
}  # fmt: skip


# BloodBank (rasterwebapps/BloodBank, a blood-bank management system; its Flyway migrations
# V1-V19 on PostgreSQL). The donor (screened, tested, bled) and the transfusion recipient
# (named on crossmatch requests, issues, transfusions and hospital requests) are the patients.
# `created_at`/`updated_at` date the patient on a donor's or a recipient's rows and on the rows
# hung on one donor's donation (collection, samples, tests, the blood unit and its components
# with their processing, labels, disposals, reservations, transfers and custody events), and on
# nothing else (code lists, branches, camps, hospitals, pooled components, transport, billing,
# compliance, reporting and system rows). `id` and every `*_id` are generated UUID keys (not);
# `created_by`/`updated_by` and every `*_by` hold staff users (not).
_BB_KEEPING = _same("created_at updated_at", "date")
PHI["bloodbank"] = {
    # The donor register: the donor number is the donor's record number, the national id
    # `ssn`; the photo's URL is a file link (not); nationality and occupation are not.
    "donors": {
        "donor_number": "mrn",
        **_same("first_name last_name", "name"),
        "date_of_birth": "date",
        "email": "email",
        "phone": "phone",
        **_same("address_line1 address_line2 postal_code", "address"),
        "national_id": "ssn",
        **_same("last_donation_date registration_date", "date"),
        **_BB_KEEPING,
    },
    # Pre-donation screening: the time and the screener's notes; vital signs are not.
    "donor_health_records": {"screening_date": "date", "notes": "free_text", **_BB_KEEPING},
    "donor_deferrals": {
        **_same("deferral_date reinstatement_date", "date"),
        "notes": "free_text",
        **_BB_KEEPING,
    },
    # The consent's times and the IP address it was given from (the donor's, as REDCap's
    # e-Consent); the consent text (the form's wording) and the signature's reference are not.
    "donor_consents": {
        **_same("consent_date expiry_date revoked_at", "date"),
        "ip_address": "ip",
        **_BB_KEEPING,
    },
    "donor_loyalty": {"last_activity_date": "date", **_BB_KEEPING},
    # A donation: its number identifies it (as a specimen number); the bag lot is not.
    "collections": {
        "collection_number": "other_id",
        **_same("collection_date start_time end_time", "date"),
        "notes": "free_text",
        **_BB_KEEPING,
    },
    "collection_adverse_reactions": {
        "onset_time": "date",
        **_same("description treatment_given", "free_text"),
        **_BB_KEEPING,
    },
    "collection_samples": {
        "sample_number": "other_id",
        "collected_at": "date",
        "notes": "free_text",
        **_BB_KEEPING,
    },
    "camp_donors": {"registration_time": "date", **_BB_KEEPING},
    "camp_collections": _BB_KEEPING,
    "test_orders": {
        "order_number": "other_id",
        **_same("order_date completed_at", "date"),
        "notes": "free_text",
        **_BB_KEEPING,
    },
    # The donor's screening results: times and notes; result values are not.
    "test_results": {
        **_same("tested_at verified_at", "date"),
        "notes": "free_text",
        **_BB_KEEPING,
    },
    # The blood unit and its components are the donor's specimens (as caTissue's): their
    # numbers `other_id`, collection and preparation times dates, and the expiry dates too (a
    # fixed shelf life after the donation: disputable).
    "blood_units": {
        "unit_number": "other_id",
        **_same("collection_date expiry_date", "date"),
        **_BB_KEEPING,
    },
    "blood_components": {
        "component_number": "other_id",
        **_same("preparation_date expiry_date", "date"),
        **_BB_KEEPING,
    },
    "component_processing": {"process_date": "date", "notes": "free_text", **_BB_KEEPING},
    # The printed label's data (ISBT 128: the donation number among its fields).
    "component_labels": {"label_data": "other_id", "printed_at": "date", **_BB_KEEPING},
    # A transfer of one donor's component (or of a pool) between branches: an event on the
    # donor's specimen (dates, notes); the transfer number is a logistics reference (not).
    "stock_transfers": {
        **_same("request_date shipped_date received_date", "date"),
        "notes": "free_text",
        **_BB_KEEPING,
    },
    "unit_disposals": {"disposal_date": "date", "notes": "free_text", **_BB_KEEPING},
    # Held for a patient: `reserved_for` is the patient's name or a request reference.
    "unit_reservations": {
        "reserved_for": "name",
        **_same("reservation_date expiry_date", "date"),
        "notes": "free_text",
        **_BB_KEEPING,
    },
    # The recipient's requests, crossmatches, issues and transfusions: the patient's name and
    # hospital patient id, request and issue numbers, times, the typed diagnosis and notes; the
    # requesting doctor, the return reason and vital signs are not.
    "crossmatch_requests": {
        "request_number": "other_id",
        "patient_name": "name",
        "patient_id": "mrn",
        "clinical_diagnosis": "free_text",
        "required_by": "date",
        "notes": "free_text",
        **_BB_KEEPING,
    },
    "crossmatch_results": {"performed_at": "date", "notes": "free_text", **_BB_KEEPING},
    "blood_issues": {
        "issue_number": "other_id",
        "patient_name": "name",
        "patient_id": "mrn",
        **_same("issue_date return_date", "date"),
        "notes": "free_text",
        **_BB_KEEPING,
    },
    "emergency_issues": {
        "authorization_time": "date",
        "clinical_justification": "free_text",
        **_BB_KEEPING,
    },
    "transfusions": {
        "patient_name": "name",
        "patient_id": "mrn",
        **_same("transfusion_start transfusion_end", "date"),
        "notes": "free_text",
        **_BB_KEEPING,
    },
    "transfusion_reactions": {
        "onset_time": "date",
        **_same("symptoms treatment_given", "free_text"),
        **_BB_KEEPING,
    },
    # The report on a patient's reaction: its number, dates and texts; the reporter is staff.
    "hemovigilance_reports": {
        "report_number": "other_id",
        **_same("report_date authority_report_date", "date"),
        **_same("investigation_summary corrective_actions", "free_text"),
        **_BB_KEEPING,
    },
    # A lookback on one donor found positive later: its number, date and texts.
    "lookback_investigations": {
        "investigation_number": "other_id",
        "investigation_date": "date",
        **_same("findings corrective_actions", "free_text"),
        **_BB_KEEPING,
    },
    # A hospital's request for a named patient; the doctor's licence is staff's (not).
    "hospital_requests": {
        "request_number": "other_id",
        "patient_name": "name",
        "patient_id": "mrn",
        "required_by": "date",
        "clinical_indication": "free_text",
        "notes": "free_text",
        **_BB_KEEPING,
    },
    "emergency_requests": {
        "request_number": "other_id",
        "patient_name": "name",
        "clinical_summary": "free_text",
        "required_by": "date",
        "notes": "free_text",
        **_BB_KEEPING,
    },
    "donor_mobilizations": {
        **_same("contacted_at response_at scheduled_donation_time", "date"),
        "notes": "free_text",
        **_BB_KEEPING,
    },
    # Messages to donors (beside staff and hospitals): address, phone, body and times; the
    # subject (a title) and the provider's reference are not.
    "notifications": {
        "recipient_email": "email",
        "recipient_phone": "phone",
        "body": "free_text",
        **_same("sent_at delivered_at read_at", "date"),
        **_BB_KEEPING,
    },
    # The audit log copies the changed rows (donors' among them): old and new values are
    # audited copies; its actor may be a donor using the portal (name, IP); its times are not.
    "audit_logs": {
        "actor_name": "name",
        "actor_ip": "ip",
        **_same("old_values new_values", "other_id"),
    },
    # Documents shared by donors (consents, lab reports, photos) and the branches (SOPs,
    # licences, invoices): dated as a patient's; file names, paths and titles are not.
    "documents": _BB_KEEPING,
    "document_versions": {"uploaded_at": "date", **_BB_KEEPING},
    # Custody events on a donor's unit, component or sample.
    "chain_of_custody": {"event_time": "date", "notes": "free_text", **_BB_KEEPING},
    # Keycloak users: staff and donors using the portal (role DONOR), so a shared person table
    # (as Medplum's `User`): names, e-mail, phone, user name and record-keeping times; the
    # Keycloak id, employee id, photo URL and login time are not.
    "user_profiles": {
        "username": "other_id",
        "email": "email",
        **_same("first_name last_name", "name"),
        "phone": "phone",
        **_BB_KEEPING,
    },
    "user_activity_logs": {"ip_address": "ip"},
    "user_sessions": {"ip_address": "ip"},
}  # fmt: skip


# Danphe EMR (round 23): EF6 models of the patient, visit, ADT, lab and billing tables. Dates on a
# patient's or a visit's rows (record-keeping ones included) are `date`; ward, bed and employee
# rows hold none. `PatientCode` (the printed hospital number) and `PatientNo` (the running number
# it is built from; disputable) are `mrn`, as are `EMPI` and the telemedicine system's id for the
# patient; integer `*Id` keys are surrogate keys (not).
PHI["danphe"] = {
    "PAT_Patient": {
        "PatientNo": "mrn",
        "EMPI": "mrn",
        **_same("FirstName LastName MiddleName FatherName MotherName PreviousLastName", "name"),
        **_same("ShortName PatientNameLocal", "name"),
        **_same("CreatedOn ModifiedOn DateOfBirth", "date"),
        **_same("PhoneNumber LandLineNumber", "phone"),
        "PassportNumber": "other_id",
        "Email": "email",
        "IDCardNumber": "other_id",
        # the patient's employer, typed as text
        "EmployerInfo": "name",
        "PatientCode": "mrn",
        # the patient's number in the dialysis register (disputable)
        "DialysisCode": "other_id",
        # the municipality's ward number (an address part below the province)
        "WardNumber": "address",
        "Address": "address",
        # Nepal's Permanent Account Number (a person's tax id, as Odoo's `vat`)
        "PANNumber": "ssn",
        # the national health insurance (NSHI) number and the latest claim code
        "Ins_NshiNumber": "health_plan",
        "Ins_LatestClaimCode": "other_id",
        "VaccinationRegNo": "other_id",
        # the patient's id in Danphe's telemedicine system (disputable)
        "Telmed_Patient_GUID": "mrn",
        # APF hospital: where the police member is posted (the employer's unit; disputable) and
        # the service number of the member a dependent is registered under
        "Posting": "name",
        "DependentId": "other_id",
    },
    "PAT_PatientAddress": _same("Street1 Street2 City ZipCode", "address"),
    "PAT_PatientKinOrEmergencyContacts": {
        **_same("KinFirstName KinLastName", "name"),
        "KinPhoneNumber": "phone",
        "KinComment": "free_text",
    },
    "PAT_PatientGurantorInfo": {
        "GuarantorName": "name",
        "GuarantorPhoneNumber": "phone",
        "GuarantorDateOfBirth": "date",
        **_same("GuarantorStreet1 GuarantorStreet2 GuarantorCity GuarantorZIPCode", "address"),
    },
    "PAT_PatientInsuranceInfo": {
        **_same("InsuranceNumber CardNumber IMISCode", "health_plan"),
        **_same("Ins_NshiNumber Ins_FamilyHeadNshi", "health_plan"),
        **_same("SubscriberFirstName SubscriberLastName Ins_FamilyHeadName", "name"),
        **_same("SubscriberDOB CreatedOn ModifiedOn", "date"),
        "SubscriberIDCardNumber": "other_id",
    },
    # Uploaded files: title, description and file name are a document's (not).
    "PAT_PatientFiles": {"UploadedOn": "date"},
    # The patient's details printed on the health card, kept as JSON (a stored copy).
    "PAT_HealthCardInfo": {"InfoOnCardJSON": "other_id", **_same("BillingDate CreatedOn", "date")},
    "PAT_PatientVisits": {
        "VisitCode": "other_id",
        **_same("VisitDate VisitTime CreatedOn ModifiedOn ConcludeDate", "date"),
        **_same("Comments Remarks", "free_text"),
        "ClaimCode": "other_id",
    },
    "PAT_Appointment": {
        **_same("FirstName MiddleName LastName", "name"),
        "ContactNumber": "phone",
        **_same("AppointmentDate AppointmentTime CreatedOn ModifiedOn CancelledOn", "date"),
        "Reason": "free_text",
    },
    "ADT_PatientAdmission": {
        **_same("AdmissionDate DischargeDate CreatedOn ModifiedOn CancelledOn", "date"),
        **_same("AdmissionNotes AdmissionOrders DischargeRemarks", "free_text"),
        "CareOfPersonName": "name",
        "CareOfPersonPhoneNo": "phone",
    },
    "ADT_TXN_PatientBedInfo": {
        **_same("StartedOn EndedOn CancelledOn CreatedOn ModifiedOn ReceivedOn", "date"),
        "Remarks": "free_text",
    },
    "ADT_DischargeSummary": {
        **_same("CreatedOn ModifiedOn", "date"),
        **_same(
            "OperativeProcedure OperativeFindings Diagnosis CaseSummary Condition Treatment "
            "HistologyReport SpeicialNotes Medications Allergies Activities Diet FollowUp Others "
            "LabTests ChiefComplaint PendingReports HospitalCourse PresentingIllness ProcedureNts "
            "DiagnosisFreeText ProvisionalDiagnosis ClinicalFindings PastHistory",
            "free_text",
        ),
    },
    "ADT_BabyBirthDetails": {
        "CertificateNumber": "other_id",
        "FathersName": "name",
        **_same("BirthDate BirthTime PrintedOn CreatedOn ModifiedOn", "date"),
    },
    "ADT_DeathDeatils": {
        **_same("DeathDate DeathTime CreatedOn ModifiedOn PrintedOn", "date"),
        **_same("CertificateNumber VisitCode", "other_id"),
        **_same("FatherName MotherName SpouseOf", "name"),
        "CauseOfDeath": "free_text",
    },
    "LAB_TestRequisition": {
        "PatientName": "name",
        **_same("Diagnosis RequisitionRemarks Comments", "free_text"),
        **_same(
            "OrderDateTime SampleCreatedOn SampleCollectedOnDateTime CreatedOn ModifiedOn "
            "VerifiedOn ResultAddedOn BillCancelledOn UploadedOn UploadedOnToTeleMedicine "
            "IMUUploadedOn",
            "date",
        ),
        **_same("SampleCode SampleCodeFormatted BarCodeNumber GoogleFileIdForCovid", "other_id"),
    },
    # Result values, units and ranges are not; the result's remarks are typed text.
    "LAB_TXN_TestComponentResult": {
        **_same("CreatedOn ModifiedOn", "date"),
        "Remarks": "free_text",
    },
    "LAB_TXN_LabReports": {
        **_same("ReceivingDate ReportingDate CreatedOn ModifiedOn PrintedOn", "date"),
        "Comments": "free_text",
    },
    "BIL_TXN_BillingTransaction": {
        **_same("PaidDate CreatedOn InsuranceClaimedDate InsTransactionDate PrintedOn", "date"),
        "Remarks": "free_text",
        "InvoiceNo": "account",
        "ClaimCode": "other_id",
    },
    "BIL_TXN_BillingTransactionItems": {
        **_same("RequisitionDate CounterDay PaidDate CreatedOn CancelledOn ModifiedOn", "date"),
        "Remarks": "free_text",
        "ProvisionalReceiptNo": "account",
    },
    "BIL_TXN_Deposit": {
        **_same("CreatedOn ModifiedOn PrintedOn", "date"),
        "ReceiptNo": "account",
        "Remarks": "free_text",
        "CareOf": "name",
    },
}  # fmt: skip


# Ascribe (EMIS Health) hospital Pharmacy 10.23.01, its reporting database (round 23, ho23c).
# The patient's `EntityID` (`PatID`, `PatId`, `Patient_EntityID`, `EntityID_Patient`) and every
# integer key are the ICW's surrogate keys (not); staff initials, user names, terminals, ward,
# consultant and prescriber codes are not. Events on a patient's prescriptions, aseptic and PN
# supply requests and their notes and ingredients (`*CreatedDate`, stage times, cancellation)
# are dates on a patient's rows; a patient-specific batch number (AMM, PN) is `other_id`. The
# NHS number (the primary patient identifier, copied as `HealthCareNumber`) and New Zealand's
# NHI are `health_plan`, as the NHS number elsewhere; the High Use Health Card number too; the
# PHARMAC special authority and prescription form numbers `other_id`. See holdout/SOURCES.md.
_AS_AMM_CANCEL = {"CreatedDate": "date", "Request_Cancellation__CreatedDate": "date"}
PHI["ascribe"] = {
    "rAMMNote": {"CreatedDate": "date"},
    "rAMMPrescription": {
        **_AS_AMM_CANCEL,
        "StartDate_Prescription": "date",
        "StopDate_Prescription": "date",
        "AMMForManufacture__CreatedDate": "date",
        "AMMManufactureComplete__CreatedDate": "date",
    },
    "rAMMSupplyRequest": {
        **_AS_AMM_CANCEL,
        "BatchNumber": "other_id",
        "ManufactureDate": "date",
        "CompoundingDate": "date",
        "DateTime_LastStateUpdate": "date",
        **{
            f"Stage_{s}_CreatedDate": "date"
            for s in (
                "Schedule", "ProductionTray", "Assembly", "Check", "Compound", "Label", "Final",
                "BondStore", "Release", "Complete",
            )
        },
    },
    "rAMMSupplyRequestIngredient": {"AssembledBy_Date": "date", "CheckedBy_Date": "date"},
    # An access audit (a user opening a patient's record): the patient's details it copies are
    # PHI, its own time, user, terminal, ward and consultant not.
    "rContextAudit": {
        "Forename": "name",
        "Surname": "name",
        "DateOfBirth": "date",
        "PrimaryIdentifier": "health_plan",
        "HospitalNumber": "mrn",
    },
    "rPCTClaimTransaction": {
        "NHI": "health_plan",
        "SpecialAuthorityNumber": "other_id",
        "PrescriptionID": "other_id",
        "ServiceDate": "date",
        "EndorsementDate": "date",
        "FormNumber": "other_id",
        "SupersededDate": "date",
        "PCTPrescription_PrescriptionFormNumber": "other_id",
        "PCTPrescription_SpecialAuthorityNumber": "other_id",
        "PCTPrescription_EndorsementDate": "date",
        "PatientName": "name",
        "PatientNHINumber": "health_plan",
        "PCTPatient_HUHCNo": "health_plan",
        "PCTPatient_HUHCExpiry": "date",
        "PCTPatient_CSCExpiry": "date",
        "UniqueTransactionNumber": "other_id",
    },
    "rPCTPatient": {"HUHCNo": "health_plan", "HUHCExpiry": "date", "CSCExpiry": "date"},
    "rPCTPrescription": {
        "PrescriptionFormNumber": "other_id",
        "SpecialAuthorityNumber": "other_id",
        "EndorsementDate": "date",
    },
    "rPNPrescription": {
        **_AS_AMM_CANCEL,
        "StartDate_Prescription": "date",
        "StopDate_Prescription": "date",
    },
    "rPNRegimen": {**_AS_AMM_CANCEL, "LastModDate": "date", "PNAuthorised__CreatedDate": "date"},
    "rPNSupplyRequest": {
        **_AS_AMM_CANCEL,
        "BatchNumber": "other_id",
        "AdminStartDate": "date",
        "PreperationDate": "date",
        "PNPrinted__CreatedDate": "date",
        "PNIssued__CreatedDate": "date",
        "PNSupplyFlag1__CreatedDate": "date",
        "PNSupplyFlag2__CreatedDate": "date",
        "PNSupplyFlag3__CreatedDate": "date",
    },
    "rPatients": {
        "Initials": "name",
        "Forename": "name",
        "Surname": "name",
        "DOB": "date",
        "CaseNumber": "mrn",
        "NHSNumber": "health_plan",
        "HealthCareNumber": "health_plan",
        "BoxNumber": "address",
        "DoorNumber": "address",
        "Building": "address",
        "Street": "address",
        "Town": "address",
        "LocalAuthority": "address",
        "District": "address",
        "PostCode": "address",
    },
    "rPharmacyGenericBilling_Transaction": {
        "Caseno": "mrn",
        "Surname": "name",
        "Forename": "name",
        "DOB": "date",
        "PrintedDT": "date",
        "CreatedDT": "date",
    },
    "rPharmacyGenericBilling_TransactionLine": {"CreateDT": "date"},
    "rRepeatDispensingPatient": {"AdditionalInformation": "free_text"},
    # The issue log (dispensings to patients and issues to wards in one table, dated as a
    # patient's): the issue month (yyyymm) and times, case number, event and prescription
    # numbers, the typed prescription reason and the NHI.
    "rTranslog": {
        "Month": "date",
        "LogDateTime": "date",
        "CaseNo": "mrn",
        "IssueDate": "date",
        "EventNumber": "other_id",
        "PrescriptionNum": "other_id",
        "PrescriptionReason": "free_text",
        "NHNumber": "health_plan",
    },
}  # fmt: skip


# Medwork (round 23, ho23b): the Russian MIS as the Krasnoyarsk regional skin-venereal dispensary
# ran it (SQL Server). Names read for their (transliterated) Russian meaning. The patient card
# (`Patient`): the registration address, the factual address (`*Fakt`), the third address
# (`*1`), the Moscow-format address copy (DOM, KOR, STR, KV, RN, GOR, UL) and the KLADR codes of
# district, town, settlement and street (`*Dict`, `*CodeEditBox*`, UL_CODE) are `address`,
# country and region (a state) not; passport, disability and veteran certificates' series and
# numbers `other_id`, their issue dates `date`, the issuing offices not; SNILS `ssn`; the card
# numbers (`CardNum`, `OldCardNum`, the case-history number `NIB`, the cosmetology card number)
# `mrn`; the OMS policy series and number `health_plan`; the workplace and the employer's name
# (`Mestoraboti`, `Proizv_name`) `name`, the personnel number there `other_id`.
_MW_ADDRESS = (
    "AdresIndeks AdresDom AdresKorpus AdresKvartira AdresGorod AdresUlitsa AdresStroenie"
    " DOM KOR STR KV RN GOR UL AdresRaion UL_CODE C_A Adres AdresIndeksFakt AdresGorodFakt"
    " AdresRaionFakt AdresStreetFakt AdresDomFakt AdresKorpusFakt AdresStroenieFakt"
    " AdresKvartiraFakt AdresUlitsaFakt ULCODE CA AdresStreetDict AdresNasPunkt AdresRaionReg"
    " AdresRaionRegDict AdresGorodDict AdresNasPunktDict AdresUlitsaDict AdresRaionRegFakt"
    " AdresNasPunktFakt RaionCodeEditBoxFakt GorodCodeEditBoxFakt NPCodeEditBoxFakt"
    " RaionCodeEditBox GorodCodeEditBox NPCodeEditBox AdresOther UlCodeEditBox AdresGorod1"
    " AdresUlitsa1 AdresKvartira1 AdresKorpus1 AdresStroenie1 AdresDom1 RaionCodeEditBox1"
    " GorodCodeEditBox1 AdresRaionReg1 AdresRaionGor AdresRaionGorFakt"
)
PHI["medwork"] = {
    "Patient": {
        **_same("FirstName SecondName LastName Mestoraboti Proizv_name", "name"),
        **_same(
            "BirthDate RegDate LastDate LockTime KogdaVidanPasport DRR DateInval DateBD"
            " DateAnother DateBD1 SectionSDate DateOfLastChange SrokDo b_karta_CreateDate"
            " LastChange Updatetime Updatetime1",
            "date",
        ),
        **_same(_MW_ADDRESS, "address"),
        **_same("DomTelefon MobTelefon RabTelefon skype", "phone"),
        "Email": "email",
        "snils": "ssn",
        **_same("NIB CardNum OldCardNum kosm_karta_num", "mrn"),
        **_same(
            "SeriyaPasporta NomerPasporta SerInval NumInval SerBD NumBD SerAnother NumAnother"
            " SerBD1 NumBD1 TabelNomer",
            "other_id",
        ),
        **_same("NomerPolisa SeriyaPolisa", "health_plan"),
        **_same("PobochnoeDeystvieLekarstv SpecialNotes Primechanie PoliceComment", "free_text"),
    },
    # Every document in a patient's record is a PatForm node: its times date the patient, its
    # notes are free text, its display name a title (not).
    "PatForm": {**_same("CreateTime UpdateTime FormDate", "date"), "Notes": "free_text"},
    "CardLocation": {"SDate": "date"},
    "PatPolices": {
        "PolisNumber": "health_plan",
        **_same("PolisStart PolisEnd EditStamp InsertStamp", "date"),
    },
    # A user's list of picked patients with the action done: the copied name is PHI, the time an
    # access log's (not; disputable).
    "selectpatients": {"PATIENTFIO": "name"},
    # The schedule entry (referral/appointment): its times, the incoming referral's date and the
    # text update stamp are dates; the referral numbers `other_id`; the slot's title (the
    # patient's name on the calendar) `name`; notes and the visit's purpose `free_text`.
    "Napravlenie": {
        **_same("DataNapravleniya DataPriema VremyaPriema LastUpdated NaprDate", "date"),
        **_same("Primechanie TselVizita PrimechanieDiag", "free_text"),
        **_same("NapravlenieNomer NaprNum", "other_id"),
        "Title": "name",
    },
    "AppointmentService": {**_same("CreateDate Date", "date"), "Comment": "free_text"},
    # The home-call register, filled by a trigger from the appointment and the patient card.
    "VizovNaDom": {
        "Cardnum": "mrn",
        **_same("Povod Diagnoz DoneHelp", "free_text"),
        **_same("MakeDate CallHour RunHour Дата", "date"),
        "PatAddress": "address",
        "PatPhone": "phone",
        **_same("LastName FirstName SecondName", "name"),
    },
    "ZaklDiag": {**_same("Data OffDate", "date"), "Text": "free_text"},
    # The patient's invoice for paid services: invoice and act numbers `account`, the referral
    # number `other_id`, the stored contract `other_id`, the customer (who may be a relative)
    # named and identified by passport.
    "Bill": {
        **_same("NomerScheta ActNum", "account"),
        **_same("DataScheta ActDate DATBEZN SDateDog EDateDog", "date"),
        **_same("KomuVipisan FIOzak", "name"),
        **_same("NomerNapravleniya contract Pasportn", "other_id"),
    },
    "BillService": {
        **_same("CreateDate Updatetime DATUSL ExportTimeDiag ExportTimeOLK", "date"),
        "Comment": "free_text",
    },
    "Payment": {
        **_same("DataOplati DateNextPay", "date"),
        **_same("DocNumber coNum", "account"),
        "Notes": "free_text",
    },
    # The outbound queue to the regional EMR: the message `other_id`, its queue time not.
    "EMRMessages": {"Body": "other_id"},
    # A report batch to the OMS fund keeps the generated H, P and L files (every patient's case
    # and personal data): `other_id`; its header, dates and comment are the batch's (not).
    "FOMSReports": _same("HM PM LM", "other_id"),
    "FOMSRequests": {
        **_same(
            "HealingStartDate HealingEndDate TemporaryDirectorDate DispensedDate"
            " ProtractionDate InsertStamp",
            "date",
        ),
        **_same("TalonNumber NSNDHOSP", "other_id"),
    },
    "FOMSServices": {**_same("DateStart DateEnd InsertStamp", "date"), "Comment": "free_text"},
    # The OMS claim register (FFOMS order 79 format): ID_PAC (the patient's id in the MIS) and
    # NHISTORY/CARD (the case history or card number) `mrn`; the policy `health_plan`; NOVOR
    # (0 or sex, DDMMYY of birth and order of a newborn) `date`; the insurer's sanction comment
    # `free_text`; the register's files, invoices, ordinals and the MIS's service comment fields
    # not.
    "FOMS_H_PACIENT": {"ID_PAC": "mrn", **_same("SPOLIS NPOLIS", "health_plan"), "NOVOR": "date"},
    "FOMS_H_Z_SL": _same("NPR_DATE DATE_Z_1 DATE_Z_2", "date"),
    "FOMS_H_SL": {"NHISTORY": "mrn", **_same("DATE_1 DATE_2", "date")},
    "FOMS_H_USL": _same("DATE_IN DATE_OUT", "date"),
    "FOMS_H_SANK": {"S_COM": "free_text"},
    # The personal-data file: the patient and the representative (FAM_P, IM_P, OT_P, DR_P, usually
    # a parent) are PHI; place of birth and the OKATO codes of residence and stay `address`.
    "FOMS_L_PERS": {
        "ID_PAC": "mrn",
        **_same("FAM IM OT FAM_P IM_P OT_P", "name"),
        **_same("DR DR_P", "date"),
        "TEL": "phone",
        **_same("MR OKATOG OKATOP", "address"),
        **_same("DOCSER DOCNUM", "other_id"),
        "SNILS": "ssn",
    },
    "FOMS_S_SL": {"NSNDHOSP": "other_id"},
    "FOMS_V_SL": _same("NHISTORY CARD", "mrn"),
}  # fmt: skip


# RAPTOR (the VA's Radiology Protocol Tool Recorder, Drupal 7 on MySQL beside VistA): a ticket is
# one VistA radiology order, keyed by the station number `siteid` (a facility: not) and `IEN`, the
# order's internal entry number in VistA's RAD/NUC MED ORDERS file, which RAPTOR shows as the
# ticket number (`other_id`, a placer order number from the source EHR, as iBLIS's `lab_no`);
# `patientid` is the patient's DFN in VistA (`mrn`, the source system's patient id). Every row
# about a ticket or a patient's dose is a patient's: its record-keeping and workflow times are
# dates, and the `_replaced` (the superseded version) and `_sofar` (a work-in-progress backup)
# copies are labelled as the table they copy, their `original_created_dt` and `replaced_dt`
# included. Notes typed on a ticket (protocol, exam, interpretation, QA, suspension and
# unsuspension, collaboration requests, schedule notes, checklist and QA comments) are
# `free_text`; the picked contrast, hydration, sedation and radioisotope options, the 20-character
# cancellation reason, checklist answers, the question text and the rule names are not. The
# runtime cache's `item_data` (the patient's labs, medicines and details fetched from VistA for
# protocoling) is `other_id`, its times not. The ticket lock, staff profiles, roles, user
# activity (staff IPs and sessions), the protocol library, code maps, rules and lists are not.
_RAPTOR_NOTES = {"IEN": "other_id", "notes_tx": "free_text", "created_dt": "date"}
_RAPTOR_DOSE = {"IEN": "other_id", "patientid": "mrn", "dose_dt": "date"}
PHI["raptor"] = {
    "raptor_cache_data": {"item_data": "other_id"},
    "raptor_patient_radiation_dose": {"patientid": "mrn", **_same("dose_dt created_dt", "date")},
    "raptor_patient_radiation_dose_replaced": {
        "patientid": "mrn",
        **_same("dose_dt original_created_dt replaced_dt", "date"),
    },
    "raptor_rep_example_table": {"IEN": "other_id", "some_dt": "date", "notes_tx": "free_text"},
    "raptor_schedule_track": {
        "IEN": "other_id",
        "notes_tx": "free_text",
        **_same("scheduled_dt confirmed_by_patient_dt canceled_dt created_dt", "date"),
    },
    "raptor_schedule_track_replaced": {
        "IEN": "other_id",
        "notes_tx": "free_text",
        **_same(
            "scheduled_dt confirmed_by_patient_dt canceled_dt original_created_dt replaced_dt",
            "date",
        ),
    },
    "raptor_ticket_checklist": {"IEN": "other_id", "comment_tx": "free_text", "created_dt": "date"},
    "raptor_ticket_checklist_replaced": {
        "IEN": "other_id",
        "comment_tx": "free_text",
        **_same("created_dt replaced_dt", "date"),
    },
    "raptor_ticket_collaboration": {
        "IEN": "other_id",
        "requester_notes_tx": "free_text",
        **_same("requested_dt viewed_dt", "date"),
    },
    "raptor_ticket_commit_tracking": {"IEN": "other_id", "commit_dt": "date"},
    "raptor_ticket_contraindication": {"IEN": "other_id", "created_dt": "date"},
    "raptor_ticket_exam_notes": _RAPTOR_NOTES,
    "raptor_ticket_exam_notes_sofar": _RAPTOR_NOTES,
    "raptor_ticket_exam_radiation_dose": _RAPTOR_DOSE | {"created_dt": "date"},
    "raptor_ticket_exam_radiation_dose_replaced": _RAPTOR_DOSE
    | _same("original_created_dt replaced_dt", "date"),
    "raptor_ticket_exam_radiation_dose_sofar": _RAPTOR_DOSE | {"created_dt": "date"},
    "raptor_ticket_exam_settings": {"IEN": "other_id", "created_dt": "date"},
    "raptor_ticket_exam_settings_replaced": {
        "IEN": "other_id",
        **_same("original_created_dt replaced_dt", "date"),
    },
    "raptor_ticket_exam_settings_sofar": {"IEN": "other_id", "created_dt": "date"},
    "raptor_ticket_id_change_tracking": {
        **_same("original_IEN new_IEN", "other_id"),
        "created_dt": "date",
    },
    "raptor_ticket_interpret_notes": _RAPTOR_NOTES,
    "raptor_ticket_lock_tracking": {"IEN": "other_id"},
    "raptor_ticket_protocol_notes": _RAPTOR_NOTES,
    "raptor_ticket_protocol_settings": {"IEN": "other_id", "created_dt": "date"},
    "raptor_ticket_protocol_settings_replaced": {
        "IEN": "other_id",
        **_same("original_created_dt replaced_dt", "date"),
    },
    "raptor_ticket_qa_evaluation": {
        "IEN": "other_id",
        "comment": "free_text",
        "evaluation_dt": "date",
    },
    "raptor_ticket_qa_notes": _RAPTOR_NOTES,
    "raptor_ticket_suspend_notes": _RAPTOR_NOTES,
    "raptor_ticket_tracking": {
        "IEN": "other_id",
        **_same(
            "suspended_dt approved_dt acknowledged_dt exam_completed_dt interpret_completed_dt"
            " qa_completed_dt exam_details_committed_dt updated_dt",
            "date",
        ),
    },
    "raptor_ticket_unsuspend_notes": _RAPTOR_NOTES,
    "raptor_ticket_workflow_history": {"IEN": "other_id", "created_dt": "date"},
}  # fmt: skip

PHI["bsoftphis"] = {
    "MS_BRDA": {
        "MZHM": "mrn", "EMPIID": "mrn", "BRXM": "name", "FYZH": "health_plan", "SFZH": "ssn",
        "CSNY": "date", "DWMC": "name", "DWDH": "phone", "DWYB": "address", "HKDZ": "address",
        "JTDH": "phone", "HKYB": "address", "JZRQ": "date", "CZRQ": "date", "JZKH": "other_id",
        "LXRM": "name", "LXDZ": "address", "LXDH": "phone", "DBRM": "name", "SBHM": "health_plan",
        "YBKH": "health_plan", "JDSJ": "date", "ZXSJ": "date", "XGSJ": "date", "CSD_S": "address",
        "CSD_X": "address", "JGDM_S": "address", "XZZ_S": "address", "XZZ_X": "address",
        "XZZ_YB": "address", "XZZ_DH": "phone", "HKDZ_S": "address", "HKDZ_X": "address",
        "XZZ_QTDZ": "address", "HKDZ_QTDZ": "address", "GRBH": "health_plan",
        "NHKH": "health_plan", "SHBZKH": "health_plan", "BRDHHM": "phone",
    },
    "MS_GHMX": {
        "GHSJ": "date", "JZRQ": "date", "CZSJ": "date", "HZRQ": "date", "JZHM": "other_id",
        "NHDJSJ": "date", "NHDJID": "other_id", "NJJBLSH": "other_id", "QHSJ": "date",
        "ZJYYID": "other_id",
    },
    "YS_MZ_JZLS": {
        "KSSJ": "date", "JSSJ": "date", "FZRQ": "date",
    },
    "MS_BCJL": {
        "ZSXX": "free_text", "XBS": "free_text", "JWS": "free_text", "TGJC": "free_text",
        "FZJC": "free_text", "CLCS": "free_text", "BQGZ": "free_text", "ZZ": "free_text",
        "JKJYNR": "free_text", "GMS": "free_text",
    },
    "MS_BRZD": {
        "ZDSJ": "date", "ZGSJ": "date", "FBRQ": "date",
    },
    "MS_CF01": {
        "CFHM": "other_id", "FPHM": "account", "BRXM": "name", "KFRQ": "date", "FYRQ": "date",
        "JZKH": "other_id", "ZFSJ": "date", "HDRQ": "date",
    },
    "MS_CF02": {
        "CFBZ": "free_text", "BZXX": "free_text", "SFYJ": "free_text", "SYYY": "free_text",
    },
    "MS_YJ01": {
        "TJHM": "other_id", "FPHM": "account", "BRXM": "name", "KDRQ": "date", "ZXRQ": "date",
        "ZYSX": "free_text", "YJPH": "other_id", "JZKH": "other_id", "XML": "other_id",
        "ZFSJ": "date", "BGSJ": "date",
    },
    "MS_YJ02": {
        "BZXX": "free_text",
    },
    "MS_MZXX": {
        "FPHM": "account", "SFRQ": "date", "BRXM": "name", "FYZH": "health_plan",
        "FPGL": "account", "JZRQ": "date", "HZRQ": "date", "XNFP": "account", "BXID": "other_id",
    },
    "MS_SFMX": {
        "FPHM": "account",
    },
    "MS_YYGH": {
        "GHRQ": "date", "YYRQ": "date",
    },
    "ZY_BRRY": {
        "ZYHM": "other_id", "BAHM": "mrn", "MZHM": "mrn", "GFZH": "health_plan", "BRXM": "name",
        "CSNY": "date", "SFZH": "ssn", "GZDW": "name", "DWDH": "phone", "DWYB": "address",
        "HKDZ": "address", "HKYB": "address", "LXRM": "name", "LXDZ": "address", "LXDH": "phone",
        "PZHM": "other_id", "SBHM": "health_plan", "DBRM": "name", "DJRQ": "date", "RYRQ": "date",
        "CYRQ": "date", "QZRQ": "date", "KSRQ": "date", "JSRQ": "date", "JZRQ": "date",
        "HZRQ": "date", "BRQM": "name", "JTDH": "phone", "YBKH": "health_plan", "JZKH": "other_id",
        "BZ": "free_text", "CSD_S": "address", "CSD_X": "address", "JGDM_S": "address",
        "XZZ_S": "address", "XZZ_X": "address", "XZZ_YB": "address", "XZZ_DH": "phone",
        "HKDZ_S": "address", "HKDZ_X": "address", "XZZ_QTDZ": "address", "HKDZ_QTDZ": "address",
        "RYZD": "free_text", "MQZD": "free_text", "ZYZD": "free_text", "YBHM": "health_plan",
        "NHDJID": "other_id", "ZYLSH": "other_id", "NJJBLSH": "other_id",
        "ZSESHBZKH": "health_plan",
    },
    "ZY_RYZD": {
        "ZDSJ": "date",
    },
    "ZY_YPGM": {
        "GMZZ": "free_text", "QTZZ": "free_text", "BLFY": "free_text",
    },
    "ZY_BQYZ": {
        "KSSJ": "date", "QRSJ": "date", "TZSJ": "date", "TJHM": "other_id", "APRQ": "date",
        "BZXX": "free_text", "FYTX": "date", "XML": "other_id", "FHSJ": "date", "TZFHSJ": "date",
        "SFYJ": "free_text", "PSSJ": "date",
    },
    "ZY_FYMX": {
        "FYRQ": "date", "JFRQ": "date", "HZRQ": "date", "YJRQ": "date",
    },
    "ZY_TBKK": {
        "JKRQ": "date", "SJHM": "account", "JZRQ": "date", "HZRQ": "date", "ZFRQ": "date",
    },
    "ZY_ZYJS": {
        "KSRQ": "date", "ZZRQ": "date", "JSRQ": "date", "FPHM": "account", "JZRQ": "date",
        "HZRQ": "date", "TPHM": "account", "ZFRQ": "date", "NHBXID": "other_id",
    },
    "ZY_CYJL": {
        "CYSJ": "date", "CZRQ": "date",
    },
}  # fmt: skip

PHI["npaemr"] = {
    # The patient (NPA employees, retirees, their dependants and non-NPA patients): `patient_id`
    # (E-/R-/ED-/RD-/NN- number printed as the patient's id) is `mrn`, the NPA staff number
    # `personal_number` `other_id` (as Medwork's personnel number); `division` (the NPA division
    # the employee works in) is the employer's unit (`name`, as Danphe's APF `Posting`); the
    # free-text `location` is read as the clinic the patient attends (not, as the FK that
    # replaces it); the LGA lies below the state (`address`), the states not; the photo's file
    # path, title, tribe, religion, occupation and the merge reason (as `void_reason`) not.
    "patients": {
        **_same(
            "surname first_name middle_name nok_surname nok_first_name nok_middle_name division",
            "name",
        ),
        **_same("date_of_birth created_at updated_at merged_at", "date"),
        **_same("residential_address permanent_address lga nok_address", "address"),
        **_same("phone nok_phone", "phone"),
        "email": "email",
        "patient_id": "mrn",
        "personal_number": "other_id",
        "allergies": "free_text",
    },
    "visits": {
        "visit_id": "other_id",
        **_same("date time created_at updated_at", "date"),
        "clinical_notes": "free_text",
    },
    "vital_readings": {"recorded_at": "date", "notes": "free_text"},
    # jsonb lists: allergies, diagnoses and medications are picked terms and drug names (not),
    # social history its coded answers (not); past surgeries and family history typed entries.
    "medical_history": {
        "updated_at": "date",
        **_same("surgical_history family_history", "free_text"),
    },
    "annual_checkups": {
        **_same("signed_off_at next_due_date created_at updated_at", "date"),
        "outcome_notes": "free_text",
    },
    "annual_checkup_exemptions": {**_same("granted_at expires_at", "date"), "notes": "free_text"},
    "medical_certificates": {
        **_same("valid_from valid_to issued_at", "date"),
        **_same("findings recommendations", "free_text"),
        "certificate_number": "other_id",
        "patient_name_snapshot": "name",
        "patient_id_snapshot": "mrn",
    },
    "patient_records_notes": {"note": "free_text", "recorded_at": "date"},
    # `file` is the path Django builds as patients/clinical_documents/<year>/<month>/<name>
    # (a date inside a system-built value, as Indivo's `content_file`).
    "patient_clinical_documents": {
        **_same("document_date uploaded_at file", "date"),
        "notes": "free_text",
    },
    "patient_merges": {"merged_at": "date", **_same("winner_snapshot loser_snapshot", "other_id")},
    "consultation_sessions": {
        "session_id": "other_id",
        **_same("started_at last_resumed_at paused_at ended_at", "date"),
        **_same(
            "presentation_complaint history_of_presenting_illness physical_examination assessment"
            " plan notes",
            "free_text",
        ),
    },
    "consultation_queue": {**_same("queued_at called_at", "date"), "notes": "free_text"},
    "referrals": {
        "referral_id": "other_id",
        **_same(
            "referred_at submitted_at reviewed_at approved_at closed_at"
            " referral_letter_acknowledged_at",
            "date",
        ),
        **_same("reason clinical_summary notes", "free_text"),
    },
    "responsibility_form_issuances": {
        **_same(
            "issue_date valid_from valid_to records_acknowledged_at created_at updated_at", "date"
        ),
        "notes": "free_text",
    },
    "diagnoses": {
        **_same("diagnosed_at corrected_at", "date"),
        **_same("diagnosis_text notes", "free_text"),
    },
    "ward_beds": {"admission_date": "date"},
    "patient_admissions": {
        "admission_id": "other_id",
        **_same(
            "admission_date discharge_date physically_left_at summary_pdf_generated_at created_at"
            " updated_at",
            "date",
        ),
        **_same(
            "admission_diagnosis presenting_complaint admission_instructions admission_notes"
            " current_condition discharge_diagnosis discharge_notes discharge_summary"
            " follow_up_instructions transfer_reason nurse_exit_summary",
            "free_text",
        ),
        "companion_name": "name",
        "companion_phone": "phone",
    },
    "ward_assignments": {
        **_same("assigned_at completed_at", "date"),
        **_same("responsibilities shift_notes", "free_text"),
    },
    "admission_observation_vitals": {"recorded_at": "date", "notes": "free_text"},
    "admission_escorts": {
        **_same("departure_at arrival_confirmed_at created_at updated_at", "date"),
        **_same("handover_summary arrival_notes", "free_text"),
    },
    "admission_treatment_sheet_rows": {
        **_same("time_administered time_completed created_at", "date"),
        "drug_reaction": "free_text",
    },
    "nursing_orders": {
        "order_id": "other_id",
        **_same("ordered_at completed_at", "date"),
        "description": "free_text",
    },
    "procedures": {
        "procedure_id": "other_id",
        "performed_at": "date",
        **_same("description notes", "free_text"),
    },
    "lab_orders": {
        **_same("order_id manual_request_reference lab_number", "other_id"),
        "ordered_at": "date",
        "clinical_notes": "free_text",
    },
    "laboratory_labsamplebatch": {
        "accession_number": "other_id",
        **_same("collected_at created_at", "date"),
        "notes": "free_text",
    },
    "lab_tests": {
        "lab_number": "other_id",
        **_same("collected_at processed_at verified_at rejected_at created_at updated_at", "date"),
        **_same("notes verification_notes", "free_text"),
    },
    "laboratory_labtestroutingevent": {"changed_at": "date"},
    "lab_test_result_attachments": {"uploaded_at": "date"},
    "lab_referral_dispatches": {
        "dispatch_id": "other_id",
        **_same(
            "issued_at cancelled_at referral_letter_printed_at responsibility_form_printed_at",
            "date",
        ),
        "notes": "free_text",
    },
    "lab_results": {"created_at": "date"},
    "appointments": {
        "appointment_id": "other_id",
        **_same(
            "appointment_date appointment_time recurrence_end_date reminder_sent_at created_at"
            " updated_at",
            "date",
        ),
        **_same("reason notes", "free_text"),
    },
}  # fmt: skip


# SIL 2 (andes/SIL2, the laboratory information system of Neuquén's public hospitals, ASP.NET
# with NHibernate on SQL Server), its 87 mapped tables; names read for their Spanish meaning. The
# patient (`Sys_Paciente`) and the rows hung on a patient's protocol (the lab order: results,
# antibiograms, referrals, attachments, permissions, Luminex values, analyser results), requests,
# appointments, reception incidents and forms, and the forensic filiation cases (paternity,
# identity and chimerism cases grouping several persons' protocols, with their DNA markers) are a
# patient's; catalogues, configuration, analyser item maps, worksheets, plates, referral batches,
# quotes and the user and batch audits are not. Integer `id*` columns are surrogate keys.
_SIL_ALLELES = _same(" ".join(f"allello{n}" for n in range(1, 11)), "biometric")
PHI["sil"] = {
    # The patient: HC number `mrn`, DNI (`numeroDocumento`) `ssn`; the address parts (street,
    # house number, floor, flat, block, the typed directions `referencia` and `numeroAdic`, read
    # as the house number's text form) `address`, locality, barrio, province and department keys
    # not; `informacionContacto` (the typed contact details) `phone`; the self-perceived name
    # (Argentina's gender identity law) `name`.
    "Sys_Paciente": {
        "historiaClinica": "mrn",
        **_same("apellido nombre nombreAutopercibido", "name"),
        "numeroDocumento": "ssn",
        **_same("fechaNacimiento fechaAlta fechaDefuncion fechaUltimaActualizacion", "date"),
        **_same("calle numero piso departamento manzana referencia numeroAdic", "address"),
        "informacionContacto": "phone",
        "mail": "email",
    },
    # Address history: province and country not (a state, a country).
    "Sys_PacienteDomicilio": {
        **_same("fechaDomicilio fechaAlta", "date"),
        **_same("calle numero departamento cpostal barrio monoblock ciudad municipio", "address"),
    },
    # The protocol (the lab order and its accession): its number under each numbering scheme
    # (`numero`, `numeroTipoServicio`, `numeroDiario`, `numeroSector`), the origin's order
    # numbers and the SISA (national surveillance) case id `other_id`; order, sample, pickup,
    # symptom-onset, last-contact and record-keeping dates `date`; the request and result
    # observations `free_text`; the requesting doctor, his licence, the insurer, ward room and bed,
    # the entering user's IP (staff) and the product description (non-patient samples) not.
    "LAB_Protocolo": {
        **_same("numero numeroTipoServicio numeroDiario numeroSector", "other_id"),
        **_same("numeroOrigen numeroOrigen2 idCasoSISA", "other_id"),
        **_same("fecha fechaOrden fechaRetiro fechaRegistro fechaTomaMuestra", "date"),
        **_same("fechaInicioSintomas fechaUltimoContacto", "date"),
        **_same("observacion observacionesResultados", "free_text"),
    },
    # A protocol's determinations: result values (`resultadoCar`, `resultadoNum`) not, the
    # result's typed observations `free_text`, every workflow time `date`, the SISA sample-event
    # id `other_id`.
    "LAB_DetalleProtocolo": {
        "observaciones": "free_text",
        **_same(
            "fechaResultado fechaValida fechaPreValida fechaControl fechaImpresion fechaEnvio"
            " fechaObservacion fechaValidaObservacion",
            "date",
        ),
        "ideventomuestraSISA": "other_id",
    },
    "LAB_Antibiograma": _same("fechaRegistro fechaValida", "date"),
    # A determination referred to another laboratory: its note `free_text`, the returned result
    # a result value (not), the receiving lab's protocol id a key.
    "LAB_Derivacion": {**_same("fechaRegistro fechaResultado", "date"), "observacion": "free_text"},
    "LAB_ProtocoloAnexo": {"fechaRegistro": "date"},
    "LAB_ProtocoloPermiso": {"fechaRegistro": "date"},
    "LAB_ProtocoloLuminex": _same("fechaResultado fechaValida", "date"),
    # An electronic request from a ward or clinic, with the patient's name and birth date copied.
    "LAB_Peticion": {
        **_same("fecha hora fechaRegistro fechaNacimiento", "date"),
        **_same("apellido nombre", "name"),
        "observaciones": "free_text",
    },
    "LAB_PeticionAnexo": {"fechaRegistro": "date"},
    "LAB_Turno": _same("fecha hora fechaRegistro", "date"),
    # The worklist sent to an analyser: the protocol number `other_id`, the patient's name `name`,
    # the birth year alone not.
    "LAB_TempProtocoloEnvio": {"numeroProtocolo": "other_id", "paciente": "name"},
    # Results received from a Mindray analyser, keyed by the protocol number.
    "LAB_MindrayResultado": {
        "protocolo": "other_id",
        **_same("fechaProtocolo fechaResultado fechaRegistro", "date"),
    },
    # A sample's position on a PCR plate: `NamespaceID` (the sample's name in the plate file)
    # `other_id` (disputable); the plate itself spans many patients (not).
    "LAB_DetalleProtocoloPlaca": {"NamespaceID": "other_id"},
    # Reception of a notification form and of an incident with a received order.
    "LAB_FichaRecepcion": {
        **_same("idFicha identificadorlabo", "other_id"),
        **_same("fecha fechaRegistro", "date"),
    },
    "LAB_IndicenciaRecepcion": {
        "numeroOrigen": "other_id",
        **_same("fecha fechaRegistro", "date"),
        "observaciones": "free_text",
    },
    # The forensic filiation case: its name and `autos` (the court file's caption, naming the
    # parties) `name` (disputable), objective, sample, result and conclusion texts `free_text`,
    # the transplant date (chimerism cases) and record-keeping dates `date`; the requesting court
    # or doctor, methods, software, statistics, bibliography, the probability and the reason
    # for voiding not.
    "LAB_CasoFiliacion": {
        **_same("nombre autos", "name"),
        **_same("objetivo muestra resultado conclusion", "free_text"),
        **_same("fechaRegistro fechaCarga fechaValida fechaTransplante", "date"),
    },
    "LAB_CasoFiliacionProtocolo": {"observacionParentesco": "free_text"},
    # The case's audit copies the changed values (`other_id`); its own time not.
    "LAB_AuditoriaCasoFiliacion": _same("valor valorAnterior", "other_id"),
    # STR markers of a person (forensic DNA profile, one row per locus): the alleles `biometric`
    # (a DNA fingerprint; disputable); the locus name, order and the paternity index `ip` not.
    "LAB_CasoMarcadores": _SIL_ALLELES,
    "GEN_Marcadores": {**_same("allello1 allello2", "biometric"), "fechaRegistro": "date"},
    "GEN_MarcadoresTemp": _same("allello1 allello2", "biometric"),
    "GEN_MarcadoresExcluidos": {"fechaRegistro": "date"},
    # The invoice for a case: number `account`, date `date`.
    "LAB_Factura": {"numero": "account", "fechaRegistro": "date"},
}  # fmt: skip


# IQCare (round 24, ho24e): Kenya's HIV care EMR, its Green Card tables. `CreateDate` dates the
# patient on a patient's rows and `AuditData` (the XML audit trail a trigger keeps of the row's
# changes) is an audited copy of the patient's values; neither on configuration rows.
_IQ = {"CreateDate": "date", "AuditData": "other_id"}
PHI["iqcare"] = {
    "PatientLabTracker": {**_IQ, **_same("SampleDate ResultDate", "date")},
    "PatientReenrollment": {**_IQ, "ReenrollmentDate": "date"},
    "HIVReConfirmatoryTest": {**_IQ, "TestResultDate": "date"},
    "AdherenceAssessment": _IQ,
    "AdherenceOutcome": _IQ,
    "AdultChildVaccination": _same("VoidDate CreateDate", "date"),
    "AdverseEvent": {**_IQ, "EventName": "free_text"},
    # a copy of the legacy mst_Patient (names, address and phone encrypted)
    "ARTPataient": {
        **_same("FirstName LastName MiddleName", "name"),
        **_same("PatientEnrollmentID PatientClinicID IQNumber PatientFacilityId", "mrn"),
        **_same("RegistrationDate DOB StatusChangedDate CreateDate UpdateDate ARTStartDate "
                "DateTransferredin AttendanceTime DateOfDeath", "date"),
        **_same("LocalCouncil Address NearestSchool NearestHealthCentre Landmark Sublocation "
                "PlaceofBirth", "address"),
        **_same("Phone PatientTelephonenumber", "phone"),
        "Notes": "free_text",
        **_same("ANCNumber PMTCTNumber AdmissionNumber OutpatientNumber MaternityNumber "
                "HEIIDNumber HTCNumber DistrictRegistrationNr PEPNumber IPTRegNo", "other_id"),
        "ID/PassportNo": "ssn",
    },
    "PatientArtDistribution": {**_IQ, "ReferedToClinicDate": "date", "OtherSymptom": "free_text"},
    "ARVTreatmentTracker": {**_IQ, **_same("RegimenStartDate RegimenStatusDate", "date")},
    "ComplaintsHistory": {**_IQ, **_same("PresentingComplaint ComplaintHistory", "free_text")},
    "Disclosure": {**_IQ, "DisclosureDate": "date"},
    "HIVEnrollmentBaseline": _same(
        "HIVDiagnosisDate EnrollmentDate ARTInitiationDate CreateDate", "date"),
    "HIVTesting": {**_IQ, "TestingDate": "date"},
    "INHProphylaxis": _same("StartDate CompletionDate CreateDate", "date"),
    "Patient": {
        **_IQ, **_same("DateOfBirth RegistrationDate", "date"), "PatientIndex": "mrn",
        "NationalId": "ssn",
    },
    "PatientAllergies": {
        **_same("OnsetDate VoidDate CreateDate", "date"), "Description": "free_text",
    },
    "PatientAllergy": {**_IQ, "OnsetDate": "date"},
    "PatientAppointment": {
        **_IQ, **_same("AppointmentDate StatusDate", "date"), "Description": "free_text",
    },
    "PatientARVHistory": {**_IQ, "DateLastUsed": "date"},
    "PatientBaselineAssessment": _IQ,
    "PatientCareending": {
        **_IQ, **_same("ExitDate DateOfDeath", "date"), "CareEndingNotes": "free_text",
    },
    "PatientChronicIllness": {**_IQ, "OnsetDate": "date", "Treatment": "free_text"},
    "PatientClinicalDiagnosis": {**_IQ, **_same("Diagnosis Treatment", "free_text")},
    "PatientClinicalNotes": {**_IQ, "ClinicalNotes": "free_text"},
    "PatientConsent": {**_IQ, "ConsentDate": "date"},
    "PatientContact": {"PhysicalAddress": "address", "mobileNo": "phone", "CreateDate": "date"},
    "PatientDiagnosis": {**_IQ, **_same("Diagnosis ManagementPlan", "free_text")},
    "PatientEncounter": {**_IQ, **_same("EncounterStartTime EncounterEndTime", "date")},
    "PatientEnrollment": {**_IQ, "EnrollmentDate": "date"},
    "PatientFamilyPlanning": {**_IQ, "VisitDate": "date"},
    "PatientFamilyPlanningMethod": _IQ,
    "PatientHivDiagnosis": {
        **_IQ, **_same("HIVDiagnosisDate EnrollmentDate ARTInitiationDate", "date"),
    },
    "PatientIcf": _IQ,
    "PatientIcfAction": _IQ,
    "PatientIdentifier": {**_IQ, "IdentifierValue": "mrn"},
    "PatientIpt": {
        **_IQ, **_same("IptDueDate IptDateCollected", "date"),
        **_same("HepatotoxicityAction PeripheralneoropathyAction RashAction "
                "AdheranceMeasurementAction", "free_text"),
    },
    "PatientIptOutcome": _IQ,
    "PatientIptWorkup": {**_IQ, "IptStartDate": "date"},
    "PatientLocation": {
        **_same("LocalCouncil Location SubLocation LandMark NearestHealthCentre sketch_map",
                "address"),
        **_same("VoidDate createDate", "date"),
    },
    "PatientMaritalStatus": _IQ,
    "PatientMasterVisit": {**_IQ, **_same("Start End VisitDate", "date")},
    "PatientOVCStatus": _IQ,
    "PatientPHDP": _IQ,
    "PatientPhysicalExamination": _same(
        "FemaleLMP ExpectedDateOfChild VoidDate CreateDate", "date"),
    "PatientPopulation": _IQ,
    "PatientProphylaxis": _same("StartDate CompletionDate CreateDate", "date"),
    "PatientReferral": {**_IQ, "ReferralDate": "date", "ReferralReason": "free_text"},
    "PatientScreening": {
        **_IQ, **_same("ScreeningDate VisitDate", "date"), "Comment": "free_text",
    },
    "PatientTransferIn": {
        **_IQ, **_same("TransferInDate TreatmentStartDate", "date"),
        "TransferInNotes": "free_text",
    },
    "PatientTreatementDiagnosis": {
        **_same("NextAppointment VoidDate CreateDate", "date"),
        **_same("Diagnosis Treatment ReferredFor", "free_text"),
    },
    "PatientTreatmentInitiation": {
        **_IQ, **_same("DateStartedOnFirstLine Cohort BaselineViralloadDate", "date"),
    },
    "PatientTreatmentSupporter": {**_IQ, "MobileContact": "phone"},
    "PatientVitals": {**_IQ, "VisitDate": "date"},
    "Person": {**_IQ, **_same("FirstName MidName LastName", "name"), "DateOfBirth": "date"},
    "PersonContact": {
        **_IQ, "PhysicalAddress": "address", **_same("MobileNumber AlternativeNumber", "phone"),
        "EmailAddress": "email",
    },
    "PersonLocation": {
        **_IQ, **_same("Village Location SubLocation LandMark NearestHealthCentre SketchMap",
                       "address"),
    },
    "PersonRelationship": {**_IQ, "BaselineDate": "date"},
    "PatientLinkage": {**_IQ, "LinkageDate": "date", "CCCNumber": "mrn"},
    "PhysicalExamination": {"CreateDate": "date", "FindingsNotes": "free_text"},
    "Pregnancy": {**_IQ, **_same("LMP EDD DateOfOutcome", "date")},
    "PregnancyIndicator": {**_IQ, **_same("LMP EDD ANCProfileDate VisitDate", "date")},
    "PregnancyLog": _same("LMP EDD DateOfOutcome CreateDate", "date"),
    "PresentingComplaints": _same("onsetDate CreatedDate", "date"),
    "Referrals": {
        **_same("ReferralDate VoidDate CreateDate", "date"), "ReferralReason": "free_text",
    },
    "ServiceEntryPoint": _IQ,
    "tabledrugpharmacy": _same("CreateDate UpdateDate", "date"),
    "TBTreatmentTracker": {**_IQ, "YearMonth": "date", "TBRegNumber": "other_id"},
    "TreatmentEventTracker": {**_IQ, "EventDate": "date", "Notes": "free_text"},
    "Vaccination": {**_IQ, "VaccineDate": "date"},
    "PatientPsychosocialCriteria": _IQ,
    "PatientSupportSystemCriteria": _IQ,
    "PatientCategorization": {**_IQ, "DateAssessed": "date"},
    "PatientAdverseEventOutcome": {**_IQ, "OutcomeDate": "date"},
}  # fmt: skip


# Round 25 (SPARC Fulfillment, MUSC's clinical research fulfillment): labelled by a helper
# before any measurement; the calls are in SOURCES.md.
PHI["sparcfulfillment"] = {
    "appointment_statuses": {
        **_same("created_at updated_at deleted_at", "date"),
    },
    "appointments": {
        **_same("start_date completed_date deleted_at created_at updated_at", "date"),
    },
    "notes": {
        **_same("comment", "free_text"),
        **_same("deleted_at created_at updated_at", "date"),
    },
    "participants": {
        **_same("first_name last_name middle_initial", "name"),
        **_same("mrn", "mrn"),
        **_same("date_of_birth deleted_at created_at updated_at", "date"),
        **_same("address city zipcode", "address"),
        **_same("phone", "phone"),
        **_same("external_id", "other_id"),
    },
    "procedures": {
        **_same("completed_date deleted_at created_at updated_at incompleted_date", "date"),
    },
    "tasks": {
        **_same("due_at deleted_at created_at updated_at", "date"),
        **_same("body", "free_text"),
    },
    "versions": {
        **_same("object object_changes", "other_id"),
    },
}

# Round 25 (LAMISPlus 2.0, Nigeria's HIV EMR): labelled by a helper before any measurement;
# the calls are in SOURCES.md.
PHI["lamisplus"] = {
    "patient_person": {
        **_same(
            "created_date last_modified_date deceased_date_time date_of_birth date_of_registration",
            "date",
        ),
        **_same("contact_point", "phone"),
        **_same("address latitude longitude", "address"),
        **_same("identifier emr_id hospital_number", "mrn"),
        **_same("contact first_name surname other_name full_name", "name"),
        **_same("nin_number", "ssn"),
    },
    "patient_visit": {
        **_same("created_date last_modified_date visit_start_date visit_end_date", "date"),
    },
    "patient_encounter": {
        **_same("created_date last_modified_date encounter_date", "date"),
    },
    "triage_vital_sign": {
        **_same("created_date last_modified_date encounter_date", "date"),
    },
    "hiv_enrollment": {
        **_same(
            "created_date last_modified_date date_confirmed_hiv date_enrolled_pmtct "
            "time_hiv_diagnosis date_of_registration date_started "
            "date_referred_to_ovcpartner date_referred_from_ovcpartner date_of_lpm",
            "date",
        ),
        **_same("unique_id ovc_number house_hold_number", "other_id"),
    },
    "hiv_art_clinical": {
        **_same(
            "created_date last_modified_date visit_date next_appointment lmp_date "
            "date_of_viral_load_at_start_of_art",
            "date",
        ),
        **_same("clinical_note", "free_text"),
    },
    "hiv_status_tracker": {
        **_same("created_date last_modified_date status_date track_date agreed_date", "date"),
    },
    "hiv_art_pharmacy": {
        **_same("created_date last_modified_date visit_date next_appointment", "date"),
    },
    "hiv_observation": {
        **_same("created_date last_modified_date date_of_observation", "date"),
        **_same("data", "other_id"),
        **_same("latitude longitude", "address"),
    },
    "hiv_eac": {
        **_same("created_date last_modified_date date_of_last_viral_load", "date"),
        **_same("lab_number", "other_id"),
    },
    "hiv_patient_tracker": {
        **_same(
            "created_date last_modified_date attempts date_last_appointment "
            "date_return_to_care date_of_discontinuation date_missed_appointment "
            "date_of_observation date_of_death",
            "date",
        ),
    },
    "hiv_eac_session": {
        **_same("created_date last_modified_date follow_up_date eac_session_date", "date"),
        **_same("comment", "free_text"),
    },
    "hiv_eac_out_come": {
        **_same("created_date last_modified_date", "date"),
    },
    "hiv_ovc_linkage": {
        **_same(
            "created_date last_modified_date birth_date offer_date enrollment_date "
            "tested_date art_enrollment_date vl_test_date vl_result_date",
            "date",
        ),
        **_same("art_number ovc_unique_id household_unique_id", "other_id"),
        **_same("last_name other_name caregiver_surname caregiver_other_name", "name"),
        **_same("lga_of_residence", "address"),
        **_same("phone_number", "phone"),
    },
    "dsd_devolvement": {
        **_same(
            "created_date last_modified_date viral_load_test_result_date date_devolved "
            "date_return_to_site",
            "date",
        ),
        **_same("comment", "free_text"),
    },
    "laboratory_order": {
        **_same("order_date create_date date_created date_modified", "date"),
    },
    "laboratory_test": {
        **_same("lab_number", "other_id"),
        **_same("date_created date_modified", "date"),
        **_same("clinical_note", "free_text"),
    },
    "laboratory_sample": {
        **_same("sample_number", "other_id"),
        **_same(
            "date_sample_collected date_sample_verified date_sample_logged_remotely "
            "date_created date_modified",
            "date",
        ),
        **_same("comment_sample_collected comment_sample_verified", "free_text"),
    },
    "laboratory_result": {
        **_same(
            "date_assayed date_result_reported date_sample_received_at_pcr_lab date_checked "
            "date_result_received date_created date_modified date_approved",
            "date",
        ),
        **_same("pcr_lab_sample_number", "other_id"),
    },
    "lims_sample": {
        **_same("sample_id", "other_id"),
        **_same("pid", "mrn"),
        **_same(
            "sample_order_date sample_collection_date sample_collection_time "
            "date_sample_sent date_of_birth art_commencement_date",
            "date",
        ),
        **_same("first_name surname", "name"),
    },
    "biometric": {
        **_same("created_date last_modified_date enrollment_date", "date"),
        **_same("template hashed", "biometric"),
    },
    "deduplication": {
        **_same("deduplication_date", "date"),
    },
    "biomettric_pims_tracker": {
        **_same("created_date last_modified_date verification_date", "date"),
        **_same("pims_patient_id data", "other_id"),
    },
}

# Round 25 (GaiaEHR, a US practice EHR on MySQL): labelled by a helper before any measurement;
# the calls are in SOURCES.md.
PHI["gaiaehr"] = {
    "accvoucher": {
        **_same("createDate writeDate dateDue date", "date"),
        **_same("comment narration", "free_text"),
        **_same("number", "account"),
    },
    "encounter_event_history": {
        **_same("patient_fname patient_mname patient_lname", "name"),
        **_same("date", "date"),
    },
    "hl7_messages": {
        **_same("message", "other_id"),
    },
    "audit_transaction_log": {
        **_same("sql_string data", "other_id"),
    },
    "patient_pools": {
        **_same("date time_in time_out", "date"),
    },
    "calendar_events": {
        **_same("title", "name"),
        **_same("start end", "date"),
        **_same("notes", "free_text"),
    },
    "messages": {
        **_same("date", "date"),
        **_same("body subject", "free_text"),
        **_same("patient_name", "name"),
    },
    "patient_amendments": {
        **_same("amendment_data", "other_id"),
        **_same("amendment_message response_message", "free_text"),
        **_same("assigned_date response_date cancel_date create_date update_date", "date"),
    },
    "patient_advance_directives": {
        **_same("notes", "free_text"),
        **_same("start_date end_date verified_date create_date update_date", "date"),
    },
    "patient_allergies": {
        **_same("begin_date end_date create_date update_date", "date"),
    },
    "patient_appointment_requests": {
        **_same("requested_date approved_date create_date update_date", "date"),
        **_same("notes", "free_text"),
    },
    "patient_care_plan_goals": {
        **_same("instructions", "free_text"),
        **_same("plan_date created_date", "date"),
    },
    "patient_cognitive_functional_status": {
        **_same("note", "free_text"),
        **_same("begin_date end_date created_date", "date"),
    },
    "encounter_dictation": {
        **_same("date", "date"),
        **_same("dictation additional_notes", "free_text"),
    },
    "patient_disclosures": {
        **_same("date", "date"),
        **_same("description", "free_text"),
    },
    "patient_doctors_notes": {
        **_same("create_date order_date from_date to_date", "date"),
        **_same("restrictions comments", "free_text"),
    },
    "encounters": {
        **_same("service_date close_date onset_date", "date"),
        **_same("brief_description message", "free_text"),
        **_same("rid", "other_id"),
    },
    "encounter_services": {
        **_same("billing_reference", "other_id"),
        **_same("date_create date_update", "date"),
    },
    "encounter_history": {
        **_same("date", "date"),
    },
    "patient_family_history": {
        **_same("create_date update_date", "date"),
    },
    "encounter_1500_options": {
        **_same(
            "date similar_illness_date unable_to_work_from unable_to_work_to hops_date_to",
            "date",
        ),
        **_same("medicaid_original_reference_number prior_authorization_number", "other_id"),
        **_same("notes", "free_text"),
    },
    "patient_insurances": {
        **_same("effective_date expiration_date subscriber_dob create_date update_date", "date"),
        **_same("policy_number", "health_plan"),
        **_same(
            "subscriber_given_name subscriber_middle_name subscriber_surname subscriber_employer",
            "name",
        ),
        **_same("subscriber_ss", "ssn"),
        **_same("subscriber_street subscriber_city subscriber_postal_code", "address"),
        **_same("subscriber_phone", "phone"),
        **_same("notes", "free_text"),
        **_same("image", "other_id"),
    },
    "patient_medications": {
        **_same("ref_order", "other_id"),
        **_same("directions notes", "free_text"),
        **_same("administered_date date_ordered begin_date end_date created_date", "date"),
    },
    "patient_notes": {
        **_same("date", "date"),
        **_same("body", "free_text"),
    },
    "patient": {
        **_same("pubpid", "mrn"),
        **_same(
            "fname mname lname employer_name alias guardians_fname guardians_mname "
            "guardians_lname emergency_contact_fname emergency_contact_mname "
            "emergency_contact_lname",
            "name",
        ),
        **_same("DOB drivers_license_exp death_date create_date update_date", "date"),
        **_same("SS", "ssn"),
        **_same("drivers_license", "licence"),
        **_same(
            "employer_address employer_city employer_postal_code birth_place postal_address "
            "postal_address_cont postal_city postal_zip physical_address "
            "physical_address_cont physical_city physical_zip",
            "address",
        ),
        **_same("image", "photo"),
        **_same("qrcode portal_username", "other_id"),
        **_same("pubaccount", "account"),
        **_same(
            "phone_home phone_mobile phone_work phone_work_ext guardians_phone "
            "emergency_contact_phone",
            "phone",
        ),
        **_same("phone_fax", "fax"),
        **_same("email", "email"),
    },
    "patient_active_problems": {
        **_same("begin_date end_date create_date update_date", "date"),
        **_same("note", "free_text"),
    },
    "patient_chart_checkout": {
        **_same("chart_out_time chart_in_time", "date"),
    },
    "patient_contacts": {
        **_same("first_name middle_name last_name", "name"),
        **_same("street_mailing_address city zip", "address"),
        **_same("phone_area_code phone_local_number", "phone"),
        **_same("created_date", "date"),
    },
    "patient_documents": {
        **_same("code document", "other_id"),
        **_same("date", "date"),
        **_same("note", "free_text"),
    },
    "patient_documents_temp": {
        **_same("document", "other_id"),
    },
    "patient_immunizations": {
        **_same("administered_date education_date create_date", "date"),
        **_same("note", "free_text"),
    },
    "patient_social_history": {
        **_same("note", "free_text"),
        **_same("start_date end_date create_date update_date", "date"),
    },
    "patient_zone": {
        **_same("time_in time_out", "date"),
    },
    "patient_order_results_observations": {
        **_same("date_observation date_analysis", "date"),
        **_same("notes", "free_text"),
    },
    "patient_order_results": {
        **_same("lab_order_id", "other_id"),
        **_same("result_date observation_date create_date", "date"),
        **_same("specimen_notes", "free_text"),
    },
    "patient_orders": {
        **_same("date_ordered date_collected", "date"),
        **_same("note", "free_text"),
    },
    "patient_referrals": {
        **_same("referral_date create_date update_date", "date"),
        **_same("referal_reason", "free_text"),
    },
    "patient_reminders": {
        **_same("date", "date"),
        **_same("body", "free_text"),
    },
    "encounter_review_of_systems": {
        **_same("date", "date"),
        **_same("notes", "free_text"),
    },
    "encounter_soap": {
        **_same("date", "date"),
        **_same("subjective objective assessment plan instructions", "free_text"),
    },
    "patient_smoke_status": {
        **_same("note", "free_text"),
        **_same("create_date update_date start_date end_date", "date"),
    },
    "encounter_vitals": {
        **_same("date", "date"),
        **_same("other_notes", "free_text"),
    },
    "encounter_procedures": {
        **_same("create_date update_date procedure_date", "date"),
        **_same("observation", "free_text"),
    },
}


# Round 26 (EIDSS 7, disease surveillance): labelled by helper-113 before any measurement;
# the calls are in SOURCES.md.
PHI["eidss"] = {
    "tlbHumanActual": {
        **_same("datDateofBirth datDateOfDeath datEnteredDate datModificationDate", "date"),
        **_same("strLastName strSecondName strFirstName strEmployerName", "name"),
        **_same("strRegistrationPhone strHomePhone strWorkPhone", "phone"),
        **_same("strPersonID", "ssn"),
    },
    "HumanActualAddlInfo": {
        **_same("EIDSSPersonID", "mrn"),
        **_same(
            "ReportedAgeDTM EmployedDTM SchoolLastAttendDTM AuditCreateDTM AuditUpdateDTM",
            "date",
        ),
        **_same("PassportNbr", "other_id"),
        **_same("EmployerPhoneNbr SchoolPhoneNbr ContactPhoneNbr ContactPhone2Nbr", "phone"),
        **_same("SchoolName", "name"),
    },
    "tlbHuman": {
        **_same(
            "datDateofBirth datDateOfDeath datEnteredDate datModificationDate "
            "datModificationForArchiveDate",
            "date",
        ),
        **_same("strLastName strSecondName strFirstName strEmployerName", "name"),
        **_same("strRegistrationPhone strHomePhone strWorkPhone", "phone"),
        **_same("strPersonID", "ssn"),
    },
    "HumanAddlInfo": {
        **_same(
            "ReportedAgeDTM EmployedDTM SchoolLastAttendDTM AuditCreateDTM AuditUpdateDTM",
            "date",
        ),
        **_same("PassportNbr", "other_id"),
        **_same("EmployerPhoneNbr SchoolPhoneNbr ContactPhoneNbr ContactPhone2Nbr", "phone"),
        **_same("SchoolName", "name"),
    },
    "tlbGeoLocation": {
        **_same(
            "strPostCode strStreetName strHouse strBuilding strApartment strDescription "
            "dblLatitude dblLongitude strForeignAddress strAddressString "
            "strShortAddressString",
            "address",
        ),
        **_same("datModificationForArchiveDate", "date"),
    },
    "tlbGeoLocationShared": {
        **_same(
            "strPostCode strStreetName strHouse strBuilding strApartment strDescription "
            "dblLatitude dblLongitude strForeignAddress strAddressString "
            "strShortAddressString",
            "address",
        ),
    },
    "tlbHumanCase": {
        **_same(
            "datNotificationDate datCompletionPaperFormDate datFirstSoughtCareDate "
            "datModificationDate datHospitalizationDate datFacilityLastVisit "
            "datExposureDate datDischargeDate datOnSetDate datInvestigationStartDate "
            "datTentativeDiagnosisDate datFinalDiagnosisDate datEnteredDate "
            "datModificationForArchiveDate datFinalCaseClassificationDate",
            "date",
        ),
        **_same(
            "strNote strClinicalDiagnosis strClinicalNotes strSummaryNotes strSampleNotes",
            "free_text",
        ),
        **_same("strCurrentLocation", "address"),
        **_same("strLocalIdentifier strCaseID LegacyCaseID", "other_id"),
    },
    "HumanDiseaseReportVaccination": {
        **_same("VaccinationDate AuditCreateDTM AuditUpdateDTM", "date"),
    },
    "HumanDiseaseReportRelationship": {
        **_same("AuditCreateDTM AuditUpdateDTM", "date"),
    },
    "tlbContactedCasePerson": {
        **_same("datDateOfLastContact", "date"),
        **_same("strPlaceInfo", "address"),
        **_same("strComments", "free_text"),
    },
    "tlbAntimicrobialTherapy": {
        **_same("datFirstAdministeredDate", "date"),
    },
    "tlbChangeDiagnosisHistory": {
        **_same("datChangedDate", "date"),
        **_same("strReason", "free_text"),
    },
    "tlbOutbreak": {
        **_same("strDescription", "free_text"),
    },
    "tlbOutbreakNote": {
        **_same("strNote", "free_text"),
        **_same("UploadFileObject", "other_id"),
    },
    "OutbreakCaseReport": {
        **_same("strOutbreakCaseID", "other_id"),
        **_same("AuditCreateDTM AuditUpdateDTM", "date"),
    },
    "OutbreakCaseContact": {
        **_same("DateOfLastContact AuditCreateDTM AuditUpdateDTM", "date"),
        **_same("PlaceOfLastContact", "address"),
        **_same("CommentText", "free_text"),
    },
    "tlbMaterial": {
        **_same(
            "datFieldCollectionDate datFieldSentDate datEnteringDate datDestructionDate "
            "datAccession datOutOfRepositoryDate datSampleStatusDate",
            "date",
        ),
        **_same("strFieldBarcode strCalculatedCaseID strBarcode", "other_id"),
        **_same("strCalculatedHumanName", "name"),
        **_same("strNote strCondition", "free_text"),
    },
    "tlbTesting": {
        **_same("strNote", "free_text"),
        **_same(
            "datStartedDate datConcludedDate datReceivedDate AuditCreateDTM AuditUpdateDTM",
            "date",
        ),
    },
    "tlbTestValidation": {
        **_same("strValidateComment strInterpretedComment", "free_text"),
        **_same("datValidationDate datInterpretationDate AuditCreateDTM AuditUpdateDTM", "date"),
    },
    "tlbTestAmendmentHistory": {
        **_same("datAmendmentDate AuditCreateDTM AuditUpdateDTM", "date"),
        **_same("strOldNote strNewNote", "free_text"),
    },
    "tlbTransferOUT": {
        **_same("datSendDate datModificationForArchiveDate", "date"),
        **_same("strNote", "free_text"),
        **_same("strBarcode", "other_id"),
    },
    "tlbBasicSyndromicSurveillance": {
        **_same("strFormID strSampleID", "other_id"),
        **_same(
            "datDateEntered datDateLastSaved datReportDate datDateOfSymptomsOnset "
            "datDateOfCare datDateReceivedAntiviralMedication datSampleCollectionDate "
            "datTestResultDate datModificationForArchiveDate",
            "date",
        ),
        **_same("strPersonalID", "ssn"),
    },
    "tlbGeoLocationTranslation": {
        **_same("strTextString strShortAddressString", "address"),
    },
    "tlbGeoLocationSharedTranslation": {
        **_same("strTextString strShortAddressString", "address"),
    },
    "tauDataAuditDetailUpdate": {
        **_same("strOldValue strNewValue", "other_id"),
    },
}

# Round 26 (RXNT, a US e-prescribing and EHR suite): labelled by helper-114 before any measurement;
# the calls are in SOURCES.md.
PHI["rxnt"] = {
    "patients": {
        **_same(
            "pa_first pa_middle pa_last card_holder_first card_holder_mi card_holder_last "
            "pa_suffix pa_birthName",
            "name",
        ),
        **_same("pa_ssn pa_ext_ssn_no", "ssn"),
        **_same(
            "pa_dob last_check_date access_date add_date record_modified_date "
            "last_modified_date FhirDataEnabledAt",
            "date",
        ),
        **_same("pa_address1 pa_address2 pa_city pa_zip", "address"),
        **_same("pa_phone pa_ext", "phone"),
        **_same("card_holder_id pbm_member_id", "health_plan"),
        **_same("pa_notes", "free_text"),
        **_same("pa_email", "email"),
        **_same("sfi_patid pa_ext_id", "mrn"),
    },
    "patients_coverage_info": {
        **_same("card_holder_id pbm_member_id", "health_plan"),
        **_same("card_holder_first card_holder_mi card_holder_last", "name"),
        **_same("pa_notes", "free_text"),
        **_same("add_date PA_DOB", "date"),
        **_same("PA_ADDRESS1 PA_ADDRESS2 PA_CITY PA_ZIP", "address"),
        **_same("transaction_message_id", "other_id"),
    },
    "patients_fav_pharms": {
        **_same("pharm_use_date", "date"),
    },
    "patients_member_info": {
        **_same("pbm_member_id", "health_plan"),
        **_same("add_date", "date"),
    },
    "patient_activemeds_deleted": {
        **_same("delete_date", "date"),
    },
    "patient_active_diagnosis": {
        **_same("date_added onset record_modified_date status_date last_modified_date", "date"),
    },
    "patient_active_meds": {
        **_same("date_added dt_status_change date_start date_end last_modified_date", "date"),
        **_same("comments reason dosage drug_comments prn_description order_reason", "free_text"),
    },
    "patient_alerts": {
        **_same("dt_performed", "date"),
        **_same("notes", "free_text"),
    },
    "patient_allergies": {
        **_same("reaction_string comments", "free_text"),
        **_same("add_date", "date"),
    },
    "patient_appointment_request": {
        **_same("req_appt_date req_appt_time created_datetime last_modified_date", "date"),
        **_same("primary_reason", "free_text"),
    },
    "patient_assessment": {
        **_same("text", "free_text"),
    },
    "patient_bglucose": {
        **_same("date_added record_date", "date"),
    },
    "patient_bp": {
        **_same("date_added record_date", "date"),
    },
    "patient_care_providers": {
        **_same("last_modified_date", "date"),
    },
    "patient_claims_history": {
        **_same("claim_download_date entry_date start_date end_date last_fill_date", "date"),
        **_same("dosage comments", "free_text"),
    },
    "patient_comm_pref": {
        **_same("cell_phone", "phone"),
        **_same("email", "email"),
    },
    "patient_consent": {
        **_same("date last_modified_date", "date"),
    },
    "patient_documents": {
        **_same("upload_date last_modified_date document_date", "date"),
        **_same("comment", "free_text"),
    },
    "patient_electronic_forms": {
        **_same("upload_date", "date"),
    },
    "patient_encounters": {
        **_same("encounter_date", "date"),
        **_same("chief_complaint", "free_text"),
    },
    "patient_enc_plan_of_care": {
        **_same("text", "free_text"),
    },
    "patient_ethnicity_details": {
        **_same("date_added last_modified_date", "date"),
    },
    "patient_extended_details": {
        **_same(
            "pa_ref_name_details mother_first mother_middle mother_last "
            "emergency_contact_first emergency_contact_last pa_nick_name pa_previous_name",
            "name",
        ),
        **_same("pa_ref_date pa_death_date last_modified_date", "date"),
        **_same(
            "cell_phone work_phone other_phone emergency_contact_phone pa_phone_full "
            "cell_phone_full work_phone_full other_phone_full",
            "phone",
        ),
        **_same(
            "emergency_contact_address1 emergency_contact_address2 emergency_contact_city "
            "emergency_contact_zip pa_previous_address_1 pa_previous_address_2 "
            "pa_previous_address_city pa_previous_address_zip",
            "address",
        ),
        **_same("pa_death_cause", "free_text"),
    },
    "patient_external_ccd_reconciliation_info": {
        **_same("date_added", "date"),
    },
    "patient_family_history": {
        **_same("added_date", "date"),
        **_same("text", "free_text"),
    },
    "patient_family_hx": {
        **_same("created_on last_modified_on last_modified_date", "date"),
        **_same("comments", "free_text"),
    },
    "patient_flag_details": {
        **_same("date_added last_modified_date", "date"),
    },
    "patient_height": {
        **_same("date_added record_date", "date"),
    },
    "patient_hm_alerts": {
        **_same("dt_performed due_date date_added last_edited_on last_modified_date", "date"),
        **_same("notes", "free_text"),
    },
    "patient_hospitalization_hx": {
        **_same("created_on last_modified_on", "date"),
        **_same("comments", "free_text"),
    },
    "patient_hpi": {
        **_same("location duration signs symptoms note", "free_text"),
    },
    "patient_hx": {
        **_same(
            "fhx_last_updated_on medhx_last_updated_on surghx_last_updated_on "
            "hosphx_last_updated_on",
            "date",
        ),
    },
    "patient_identifiers": {
        **_same("value", "mrn"),
    },
    "patient_immunization_registry_settings": {
        **_same(
            "publicity_code_effective_date registry_status_effective_date entered_on "
            "modified_on protection_indicator_effective_date last_modified_date",
            "date",
        ),
    },
    "patient_lab_orders": {
        **_same("added_date order_date last_edit_date specimen_time last_modified_date", "date"),
        **_same("comments diagnosis", "free_text"),
        **_same("external_lab_order_id", "other_id"),
    },
    "patient_lab_orders_master": {
        **_same("added_date order_date last_edit_date order_sent_date last_modified_date", "date"),
        **_same("comments", "free_text"),
        **_same("external_lab_order_id", "other_id"),
    },
    "patient_login": {
        **_same("pa_username", "other_id"),
        **_same("pa_email", "email"),
        **_same("pa_phone cellphone", "phone"),
        **_same("last_modified_date accepted_terms_date inactivated_date", "date"),
        **_same("signature", "name"),
    },
    "patient_measure_compliance": {
        **_same("rec_date last_modified_date", "date"),
    },
    "patient_medical_hx": {
        **_same("created_on last_modified_on last_modified_date", "date"),
        **_same("comments", "free_text"),
    },
    "patient_medications_hx": {
        **_same("date_added dt_status_change date_start date_end last_modified_date", "date"),
        **_same("comments reason dosage drug_comments prn_description order_reason", "free_text"),
    },
    "patient_new_allergies": {
        **_same("add_date disable_date last_modified_date", "date"),
        **_same("comments reaction_string", "free_text"),
    },
    "patient_next_of_kin": {
        **_same("kin_first kin_middle kin_last", "name"),
        **_same("kin_address1 kin_city kin_zip", "address"),
        **_same("kin_phone", "phone"),
        **_same("kin_email", "email"),
        **_same("last_modified_date", "date"),
    },
    "patient_notes": {
        **_same("note_date last_modified_date", "date"),
        **_same("note_text note_html", "free_text"),
    },
    "patient_past_history": {
        **_same("added_date", "date"),
        **_same("text", "free_text"),
    },
    "patient_phr_access_log": {
        **_same("phr_access_from_ip", "ip"),
    },
    "patient_procedures": {
        **_same("date_performed record_modified_date date_performed_to last_modified_date", "date"),
        **_same("notes", "free_text"),
    },
    "patient_profile": {
        **_same("entry_date last_update_date last_modified_date", "date"),
    },
    "patient_pulse": {
        **_same("date_added record_date", "date"),
    },
    "patient_race_details": {
        **_same("date_added last_modified_date", "date"),
    },
    "patient_registration": {
        **_same("reg_date last_update_date last_modified_date", "date"),
    },
    "patient_registration_details": {
        **_same("reg_name rep_name", "name"),
        **_same("comments", "free_text"),
    },
    "patient_reg_db": {
        **_same("date_created last_modified_date", "date"),
    },
    "patient_respiration": {
        **_same("date_added record_date", "date"),
    },
    "patient_review_of_sys": {
        **_same(
            "csymptoms eyes ent cardiovascular gastro genito musco integ neuro psych "
            "endocrine lymph allergic respiratory",
            "free_text",
        ),
    },
    "patient_social_history": {
        **_same("added_date", "date"),
        **_same("text", "free_text"),
    },
    "patient_social_hx": {
        **_same(
            "emp_info comments familyhx_other medicalhx_other surgeryhx_other TobaccoUse "
            "MarijuanaUse Vaping RecreationalDrugUse ETOH hospitalizationhx_other",
            "free_text",
        ),
        **_same("created_on last_modified_on", "date"),
    },
    "patient_surgery_hx": {
        **_same("created_on last_modified_on", "date"),
        **_same("comments", "free_text"),
    },
    "patient_temperature": {
        **_same("date_added record_date", "date"),
    },
    "patient_visit": {
        **_same("dtCreate dtEnd last_modified_date", "date"),
        **_same("chkout_notes reason clinical_notes", "free_text"),
    },
    "patient_visit_appointment_detail": {
        **_same("CreatedDate LastModifiedDate", "date"),
    },
    "patient_vitals": {
        **_same("date_added record_date record_modified_date last_modified_date", "date"),
        **_same("pa_comment", "free_text"),
    },
    "patient_weight": {
        **_same("date_added record_date", "date"),
    },
    "pat_ins_info": {
        **_same("pbm_member_id card_holder_id", "health_plan"),
        **_same("card_holder_first card_holder_middle card_holder_last", "name"),
    },
}

# Round 26 (Naz.Hastane, a Turkish hospital system): labelled by helper-112 before any measurement;
# the calls are in SOURCES.md.
PHI["nazhastane"] = {
    "ADRES": {
        **_same("KNR ARSIVNO ADLIARSIVNO", "mrn"),
        **_same("SIGORTANO EMSNO BAGNO BAGKARNENO YKARTNO SIGORTALIKARTNO", "health_plan"),
        **_same("HASTAADI HASTASOYADI BABAADI ANAADI MEMUR IS_ADI", "name"),
        **_same(
            "EV_ADRES EV_PK EV_SEHIR EV_ILCE EV_MAHALLE DOGUMYERI HUVIYETVYER "
            "NUFUSKAYITLIILCE IS_ADRESI IS_PK IS_SEHIR",
            "address",
        ),
        **_same("EV_TEL1 EV_TEL2 IS_TEL1 IS_TEL2", "phone"),
        **_same("EMAIL", "email"),
        **_same("DOGUMTARIHI HUVIYETTARIHI DATE_CREATE DATE_UPDATE", "date"),
        **_same("TCKIMLIKNO", "ssn"),
        **_same("HUVIYETNO", "licence"),
        **_same("PROTNO IS_YERINO", "other_id"),
        **_same("IS_FAX", "fax"),
        **_same("OZGECMIS", "free_text"),
    },
    "ADRES_KATIL": {
        **_same("KNR", "mrn"),
    },
    "AMELIYATEKIBI": {
        **_same("KNR", "mrn"),
        **_same("TARIH", "date"),
        **_same("NOTLAR", "free_text"),
    },
    "ANAMNEZ": {
        **_same("KNR", "mrn"),
        **_same("OZSOYGECMIS SISTEMSORGULARI MUAYENEBULGULARI ONTANI TESHISVETEDAVI", "free_text"),
        **_same("DATE_CREATE DATE_UPDATE", "date"),
    },
    "ANAMNEZ_DETAY": {
        **_same("KNR", "mrn"),
    },
    "ARSIV": {
        **_same("KNR", "mrn"),
        **_same("ISTEME_TARIHI GONDERME_TARIHI", "date"),
    },
    "AVANSLAR": {
        **_same("KNR", "mrn"),
        **_same("TARIH DATE_CREATE DATE_UPDATE", "date"),
        **_same("MAKNO AFATNO AMAKNO", "account"),
    },
    "AVANSLAR_IADE": {
        **_same("TARIH DATE_CREATE", "date"),
        **_same("IADEMAKNO", "account"),
    },
    "AVANSLAR_KULLANILAN": {
        **_same("TARIH DATE_CREATE", "date"),
        **_same("FATURANO", "account"),
    },
    "BDOGUM": {
        **_same("KNR", "mrn"),
        **_same("BEBEKDOGUMT BEBEKDOGUMS DATE_CREATE DATE_UPDATE", "date"),
        **_same("BEBEKADI", "name"),
        **_same("PROTOKOLNO GIUD", "other_id"),
    },
    "BEHAND": {
        **_same("KNR ARSIVNO", "mrn"),
        **_same(
            "BHDAT FATURATARIHI CIKTAR DATE_CREATE DATE_UPDATE ICMALTARIHI MCIKISTARIHI "
            "MEDFATURATARIHI DESFATURATARIHI CIKSAAT KONTROLTAR KONTROLT",
            "date",
        ),
        **_same("KAR_NO", "health_plan"),
        **_same("FATURANO MEDFATURANO", "account"),
        **_same(
            "PROTOKOLNO PROVIZYONNO TAKIPNO SEVKTAKIPNO HASTABASNO ILISKILITAKIPNO",
            "other_id",
        ),
        **_same("OZELNOT", "free_text"),
    },
    "BEHAND_DETAY": {
        **_same("KNR", "mrn"),
        **_same("GELISTARIHI DATE_CREATE DATE_UPDATE KONS_TARIH MCIKISTARIHI", "date"),
        **_same("NOTLAR GOZ_NOTLAR ONERILER", "free_text"),
        **_same("HASTABASNO SEVKTAKIPNO ILISKILITAKIPNO", "other_id"),
        **_same("SIGORTALIKARTNO", "health_plan"),
    },
    "ECZPOLRECETELER": {
        **_same("KNR", "mrn"),
        **_same("TARIH DATE_CREATE DATE_UPDATE", "date"),
        **_same("RECNO PROTOKOLNO", "other_id"),
        **_same("HASTAADI", "name"),
        **_same("SIGORTANO", "health_plan"),
        **_same("KASANO", "account"),
    },
    "FATURA": {
        **_same("KNR", "mrn"),
        **_same("FATURANO MAKNO MAKBUZNO AMAKNO", "account"),
        **_same("FATURATARIHI DATE_CREATE DATE_UPDATE", "date"),
        **_same("NAME", "name"),
    },
    "FATURALAR": {
        **_same("KNR", "mrn"),
        **_same("ADRES", "address"),
        **_same("FATURANO", "account"),
        **_same("FATURATARIHI", "date"),
        **_same("VERGINUMARASI", "ssn"),
    },
    "HASTAINDIRIMLER": {
        **_same("KNR", "mrn"),
        **_same("TARIH DATE_CREATE", "date"),
        **_same("MAKNO", "account"),
    },
    "HASTAINDIRIMLER_DETAY": {
        **_same("KNR", "mrn"),
    },
    "HASTAOTOMATIK": {
        **_same("KNR", "mrn"),
        **_same("DATE_CREATE DATE_UPDATE", "date"),
    },
    "HASTAOTOMATIKDIGER": {
        **_same("KNR", "mrn"),
        **_same("DATE_CREATE DATE_UPDATE", "date"),
    },
    "HASTARESIM": {
        **_same("KNR", "mrn"),
        **_same("RESIM", "photo"),
    },
    "HASTARONTGENLERI": {
        **_same("KNR", "mrn"),
        **_same("TARIH", "date"),
        **_same("RESIM", "other_id"),
    },
    "HIZIL": {
        **_same("KNR", "mrn"),
        **_same(
            "TARIH DATE_CREATE DATE_UPDATE ODEMETARIHI HYATISTARIHI HCIKISTARIHI "
            "TBASLANGICSAATI TBITISSAATI",
            "date",
        ),
        **_same("MAKNO KFATNO HMAKNO AMAKNO", "account"),
        **_same("ISLEMSIRANO MEDSIRANO", "other_id"),
    },
    "ICD10_HASTA": {
        **_same("KNR", "mrn"),
        **_same("DATE_CREATE", "date"),
    },
    "KASA": {
        **_same("MAKNO HFATURANO MAKBUZNO FATURANO", "account"),
        **_same("KNR", "mrn"),
        **_same("TARIH HFATURATARIHI DATE_CREATE DATE_UPDATE", "date"),
        **_same("ACIKLAMA", "free_text"),
    },
    "KRITIKBILGI": {
        **_same("KNR", "mrn"),
        **_same("ACIKLAMA", "free_text"),
    },
    "LABORSONUC": {
        **_same("KNR", "mrn"),
        **_same("TARIH DATE_CREATE", "date"),
        **_same("ACIKLAMA", "free_text"),
    },
    "LABORTEXT": {
        **_same("KNR", "mrn"),
        **_same("TARIH", "date"),
        **_same("LABTEXT", "free_text"),
    },
    "LBISTE": {
        **_same("KNR", "mrn"),
        **_same(
            "TARIH KABUL_TARIH ONAY_TARIH DRONAY_TARIH DATE_CREATE DATE_UPDATE ORNEK_TARIHI",
            "date",
        ),
        **_same("KABUL_NO", "other_id"),
    },
    "MEDILACRAPOR": {
        **_same("KNR", "mrn"),
        **_same("RAPORNO RAPPROTNO HSTTAKIPNO TAKIPNO RAPTAKIPNO TAKIPFORMUNO", "other_id"),
        **_same(
            "RAPORTARIHI RAPORBASTARIH RAPORBITTARIH RAPPROTTARIH HSTPTARIH RAPTESBASTARIH "
            "RAPTESBITTARIH",
            "date",
        ),
        **_same("RAPACIKLAMA RAPKTANI", "free_text"),
        **_same("HSTTCNO", "ssn"),
        **_same("HSTSNO HSTKNO", "health_plan"),
        **_same("HASTAADI HASTASOYADI", "name"),
    },
    "OLRAP": {
        **_same("KNR", "mrn"),
        **_same(
            "DVGFNO DOZKUTSIRANO DCILT DAILE_SIRA DKISI_SIRA DKAYIT_NO DGANC_SERI DGANC_NO "
            "DOT_TESKAYNO",
            "other_id",
        ),
        **_same("DKIMLIKNO", "ssn"),
        **_same(
            "DNKO_ILCE DNKO_ILCEKODU DNKO_KOYM DDOGUM_YER DOLUM_YERI DIKMT_ILCE "
            "DIKMT_ILCEKODU DIKMT_KOYM DIKMT_CAD DIKMT_SITE DIKMT_EVNO DIKMT_ICNO "
            "DIKMT_POSTAKODU DOT_BBADR1 DOT_BBADR2",
            "address",
        ),
        **_same("DADI DSOYADI DBABA_ADI DANA_ADI DOT_BBAD DOT_BBSAD", "name"),
        **_same(
            "DDOGUM_TA1 DDOGUM_TA2 DDOGUM_TAYAZ DOLUM_TAR DOLUM_TARYAZ DOLUM_SAAT "
            "DIKMT_GELISTAR DTARIH DKAYIT_TAR DOT_BBDTAR DGANC_TARIH DGANC_TARIHNO "
            "DOT_TDTARIH DOT_OYTARIH DOT_TESKAYTAR DOT_IEMTARIH DOT_TEMTARIH DOT_OY2TARIH "
            "DOT_OY3TARIH",
            "date",
        ),
        **_same("DOLUM_NED DSAGKURGELNED DHASTALIK DOLUM_NTEK DACIKLAMA", "free_text"),
    },
    "ORALDIYAGNOZ": {
        **_same("KNR", "mrn"),
        **_same("TARIH DATE_CREATE DATE_UPDATE", "date"),
        **_same("NOT1", "free_text"),
    },
    "ORAL_DETAY": {
        **_same("TARIH DATE_CREATE DATE_UPDATE", "date"),
        **_same("NOT1", "free_text"),
    },
    "ORAL_SEVK": {
        **_same("DATE_CREATE", "date"),
    },
    "PATISTE": {
        **_same("KNR", "mrn"),
        **_same("TARIH KABUL_TARIH ONAY_TARIH DATE_CREATE DATE_UPDATE", "date"),
        **_same("KABUL_NO", "other_id"),
    },
    "PATOLOJIRAP": {
        **_same("KNR", "mrn"),
        **_same("BIYOPSINO ESKIBIYOPSINO", "other_id"),
        **_same("BIYOPSITARIHI GELISTARIHI CIKISTARIHI DATE_CREATE DATE_UPDATE", "date"),
        **_same("MAKROSKOPIK MIKROSKOPIK TANI KLINIKBULGU", "free_text"),
    },
    "RANDEVULAR": {
        **_same("TARIH SAAT IPTAL_TARIHI DATE_CREATE", "date"),
        **_same("ACIKLAMA", "free_text"),
    },
    "RANDEVU_HASTA": {
        **_same("KNR", "mrn"),
        **_same("SIGORTANO", "health_plan"),
        **_same("HASTAADI HASTASOYADI BABAADI", "name"),
        **_same("EV_ADRES EV_PK EV_SEHIR DOGUMYERI", "address"),
        **_same("EV_TEL1 EV_TEL2", "phone"),
        **_same("DOGUMTARIHI DATE_CREATE DATE_UPDATE", "date"),
    },
    "RAPORLAR": {
        **_same("KNR", "mrn"),
        **_same("DATE_CREATE DATE_UPDATE", "date"),
        **_same("RAPOR", "free_text"),
    },
    "RDYISTE": {
        **_same("KNR", "mrn"),
        **_same("TARIH KABUL_TARIH ONAY_TARIH DATE_CREATE DATE_UPDATE", "date"),
        **_same("KABUL_NO ENUMBER", "other_id"),
        **_same("MEDRACIKLAMA", "free_text"),
    },
    "REFAKAT": {
        **_same("KNR R_ARSIVNO", "mrn"),
        **_same("R_NAME R_BNAME", "name"),
        **_same("R_DOGYER", "address"),
        **_same("R_GIRTAR R_CIKTAR DATE_CREATE DATE_UPDATE", "date"),
    },
    "TET_ANAMNEZ": {
        **_same("KNR", "mrn"),
        **_same(
            "OZSOYGECMIS SISTEMSORGULARI MUAYENEBULGULARI ONTANI TESHISVETEDAVI OYKU "
            "YAKINMA NOTLAR",
            "free_text",
        ),
        **_same("DATE_CREATE DATE_UPDATE GELIS_TARIHI MUAYENE_TARIHI", "date"),
        **_same("PROTNO", "other_id"),
    },
    "TET_ANAMNEZ_DETAY": {
        **_same("KNR", "mrn"),
        **_same("GELISTARIHI", "date"),
        **_same("MEDSIRANO", "other_id"),
    },
    "TET_COC_HASTA_ASI_UYGULAMA": {
        **_same("KNR", "mrn"),
        **_same("YAPILACAK_TARIH YAPILDIGI_TARIH", "date"),
    },
}


# Round 27 (CMHS, a Guatemalan clinic's system): labelled by helper-117
# before any measurement; the calls are in SOURCES.md.
PHI["cmhs"] = {
    "administracion_medicamentos": {
        **_same("fecha_inicio fecha_fin fecha_administracion fecha_creacion", "date"),
        **_same("notas motivo_omision", "free_text"),
    },
    "archivos_orden": {
        **_same("contenido", "other_id"),
        **_same("fecha_carga", "date"),
    },
    "cargos_hospitalarios": {
        **_same("fecha_cargo fecha_aplicacion fecha_cancelacion fecha_creacion", "date"),
        **_same("notas", "free_text"),
    },
    "citas": {
        **_same("nombre_pac apellido_pac", "name"),
        **_same("fecha_cita hora_cita", "date"),
        **_same("telefono", "phone"),
    },
    "cobros": {
        **_same("fecha_consulta", "date"),
    },
    "cuenta_hospitalaria": {
        **_same("notas_pago", "free_text"),
        **_same("fecha_creacion fecha_actualizacion", "date"),
    },
    "encamamientos": {
        **_same("fecha_ingreso fecha_alta fecha_creacion fecha_actualizacion", "date"),
        **_same(
            "motivo_ingreso diagnostico_ingreso diagnostico_egreso notas_ingreso notas_alta",
            "free_text",
        ),
    },
    "evoluciones_medicas": {
        **_same("fecha_evolucion fecha_creacion fecha_actualizacion", "date"),
        **_same("subjetivo objetivo evaluacion plan_tratamiento notas_adicionales", "free_text"),
    },
    "examenes_realizados": {
        **_same("nombre_paciente", "name"),
        **_same("fecha_examen", "date"),
    },
    "historial_clinico": {
        **_same("fecha_consulta proxima_cita hora_proxima_cita", "date"),
        **_same(
            "motivo_consulta sintomas diagnostico tratamiento receta_medica "
            "antecedentes_personales antecedentes_familiares examenes_realizados "
            "resultados_examenes observaciones examen_fisico",
            "free_text",
        ),
    },
    "ordenes_laboratorio": {
        **_same("numero_orden", "other_id"),
        **_same(
            "fecha_orden fecha_muestra_recibida fecha_completada fecha_entregada "
            "fecha_creacion fecha_actualizacion",
            "date",
        ),
        **_same("diagnostico_clinico indicaciones_especiales observaciones", "free_text"),
        **_same("entregado_a", "name"),
    },
    "orden_pruebas": {
        **_same(
            "fecha_muestra_recibida fecha_inicio_proceso fecha_completada fecha_validada "
            "fecha_creacion fecha_actualizacion",
            "date",
        ),
        **_same("notas_tecnico", "free_text"),
    },
    "pacientes": {
        **_same("nombre apellido", "name"),
        **_same("fecha_nacimiento fecha_registro", "date"),
        **_same("direccion", "address"),
        **_same("telefono", "phone"),
        **_same("correo", "email"),
    },
    "procedimientos_menores": {
        **_same("nombre_paciente", "name"),
        **_same("fecha_procedimiento", "date"),
    },
    "ultrasonidos": {
        **_same("nombre_paciente", "name"),
        **_same("fecha_ultrasonido", "date"),
    },
    "rayos_x": {
        **_same("nombre_paciente", "name"),
        **_same("fecha_estudio", "date"),
    },
    "resultados_laboratorio": {
        **_same(
            "fecha_resultado fecha_validacion fecha_envio_medico fecha_creacion "
            "fecha_actualizacion",
            "date",
        ),
        **_same("observaciones", "free_text"),
    },
    "signos_vitales": {
        **_same("fecha_registro fecha_creacion", "date"),
        **_same("notas", "free_text"),
    },
    "ventas": {
        **_same("fecha_venta", "date"),
        **_same("nombre_cliente", "name"),
    },
}

# Round 27 (InfyOm HMS, an Indian Laravel hospital system): labelled by helper-116
# before any measurement; the calls are in SOURCES.md.
PHI["infyomhms"] = {
    "addresses": {
        **_same("address1 address2 city zip", "address"),
        **_same("created_at updated_at", "date"),
    },
    "advanced_payments": {
        **_same("receipt_no", "account"),
        **_same("date created_at updated_at", "date"),
    },
    "ambulance_calls": {
        **_same("date created_at updated_at", "date"),
    },
    "appointments": {
        **_same("opd_date created_at updated_at", "date"),
        **_same("problem", "free_text"),
    },
    "bed_assigns": {
        **_same("case_id", "other_id"),
        **_same("assign_date discharge_date created_at updated_at", "date"),
        **_same("description", "free_text"),
    },
    "bills": {
        **_same("bill_id", "account"),
        **_same("bill_date created_at updated_at", "date"),
        **_same("patient_admission_id", "other_id"),
    },
    "bill_items": {
        **_same("created_at updated_at", "date"),
    },
    "birth_reports": {
        **_same("case_id", "other_id"),
        **_same("date created_at updated_at", "date"),
        **_same("description", "free_text"),
    },
    "blood_donations": {
        **_same("created_at updated_at", "date"),
    },
    "blood_donors": {
        **_same("name", "name"),
        **_same("last_donate_date created_at updated_at", "date"),
    },
    "blood_issues": {
        **_same("issue_date created_at updated_at", "date"),
        **_same("remarks", "free_text"),
    },
    "call_logs": {
        **_same("name", "name"),
        **_same("phone", "phone"),
        **_same("date follow_up_date created_at updated_at", "date"),
        **_same("note", "free_text"),
    },
    "death_reports": {
        **_same("case_id", "other_id"),
        **_same("date created_at updated_at", "date"),
        **_same("description", "free_text"),
    },
    "documents": {
        **_same("notes", "free_text"),
        **_same("created_at updated_at", "date"),
    },
    "enquiries": {
        **_same("full_name", "name"),
        **_same("email", "email"),
        **_same("contact_no", "phone"),
        **_same("message", "free_text"),
        **_same("created_at updated_at", "date"),
    },
    "investigation_reports": {
        **_same("date created_at updated_at", "date"),
        **_same("description", "free_text"),
    },
    "invoices": {
        **_same("invoice_id", "account"),
        **_same("invoice_date created_at updated_at", "date"),
    },
    "invoice_items": {
        **_same("created_at updated_at", "date"),
    },
    "ipd_bills": {
        **_same("created_at updated_at", "date"),
    },
    "ipd_charges": {
        **_same("date created_at updated_at", "date"),
    },
    "ipd_consultant_registers": {
        **_same("applied_date instruction_date created_at updated_at", "date"),
        **_same("instruction", "free_text"),
    },
    "ipd_diagnoses": {
        **_same("report_date created_at updated_at", "date"),
        **_same("description", "free_text"),
    },
    "ipd_patient_departments": {
        **_same("ipd_number", "other_id"),
        **_same("symptoms notes", "free_text"),
        **_same("admission_date created_at updated_at", "date"),
    },
    "ipd_payments": {
        **_same("date created_at updated_at", "date"),
        **_same("notes", "free_text"),
    },
    "ipd_prescriptions": {
        **_same("header_note footer_note", "free_text"),
        **_same("created_at updated_at", "date"),
    },
    "ipd_prescription_items": {
        **_same("instruction", "free_text"),
        **_same("created_at updated_at", "date"),
    },
    "ipd_timelines": {
        **_same("date created_at updated_at", "date"),
        **_same("description", "free_text"),
    },
    "live_consultations": {
        **_same("consultation_date created_at updated_at", "date"),
        **_same("description", "free_text"),
        **_same("meeting_id meta", "other_id"),
    },
    "mails": {
        **_same("to", "email"),
        **_same("message", "free_text"),
        **_same("created_at updated_at", "date"),
    },
    "media": {
        **_same("created_at updated_at", "date"),
    },
    "notifications": {
        **_same("title text", "free_text"),
        **_same("read_at created_at updated_at", "date"),
    },
    "opd_diagnoses": {
        **_same("report_date created_at updated_at", "date"),
        **_same("description", "free_text"),
    },
    "opd_patient_departments": {
        **_same("opd_number", "other_id"),
        **_same("symptoms notes", "free_text"),
        **_same("appointment_date created_at updated_at", "date"),
    },
    "opd_timelines": {
        **_same("date created_at updated_at", "date"),
        **_same("description", "free_text"),
    },
    "operation_reports": {
        **_same("case_id", "other_id"),
        **_same("date created_at updated_at", "date"),
        **_same("description", "free_text"),
    },
    "password_resets": {
        **_same("email", "email"),
    },
    "patients": {
        **_same("created_at updated_at", "date"),
    },
    "patient_admissions": {
        **_same("patient_admission_id", "other_id"),
        **_same("admission_date discharge_date created_at updated_at", "date"),
        **_same("policy_no", "health_plan"),
        **_same("guardian_name", "name"),
        **_same("guardian_contact", "phone"),
        **_same("guardian_address", "address"),
    },
    "patient_cases": {
        **_same("case_id", "other_id"),
        **_same("phone", "phone"),
        **_same("date created_at updated_at", "date"),
        **_same("description", "free_text"),
    },
    "patient_diagnosis_properties": {
        **_same("created_at updated_at", "date"),
    },
    "patient_diagnosis_tests": {
        **_same("report_number", "other_id"),
        **_same("created_at updated_at", "date"),
    },
    "postals": {
        **_same("from_title to_title", "name"),
        **_same("date created_at updated_at", "date"),
        **_same("address", "address"),
    },
    "prescriptions": {
        **_same(
            "food_allergies tendency_bleed heart_disease high_blood_pressure diabetic "
            "surgery accident others medical_history current_medication female_pregnancy "
            "breast_feeding health_insurance low_income reference",
            "free_text",
        ),
        **_same("created_at updated_at", "date"),
    },
    "sms": {
        **_same("phone_number", "phone"),
        **_same("message", "free_text"),
        **_same("created_at updated_at", "date"),
    },
    "transactions": {
        **_same("stripe_transaction_id meta", "other_id"),
        **_same("created_at updated_at", "date"),
    },
    "users": {
        **_same("first_name last_name", "name"),
        **_same("email", "email"),
        **_same("phone", "phone"),
        **_same("dob email_verified_at created_at updated_at trial_ends_at", "date"),
        **_same("stripe_id", "account"),
    },
    "vaccinated_patients": {
        **_same("dose_given_date created_at updated_at", "date"),
        **_same("description", "free_text"),
    },
    "visitors": {
        **_same("name", "name"),
        **_same("phone", "phone"),
        **_same("id_card", "other_id"),
        **_same("date in_time out_time created_at updated_at", "date"),
        **_same("note", "free_text"),
    },
}

# Round 27 (NAACCR's cancer registry record, v18): labelled by helper-115
# before any measurement; the calls are in SOURCES.md.
PHI["naaccr"] = {
    "record_id": {
        **_same("patientIdNumber patientSystemIdHosp", "mrn"),
    },
    "demographic": {
        **_same(
            "addrAtDxCity addrAtDxPostalCode countyAtDx countyAtDxAnalysis "
            "geolocationid19708090 countyAtDxGeocode1990 censusTract19708090 "
            "censusBlockGrp197090 geolocationid2000 countyAtDxGeocode2000 censusTract2000 "
            "censusBlockGroup2000 geolocationid2010 countyAtDxGeocode2010 censusTract2010 "
            "censusBlockGroup2010 geolocationid2020 countyAtDxGeocode2020 censusTract2020 "
            "censusBlockGroup2020",
            "address",
        ),
        **_same("dateOfBirth", "date"),
        **_same("textUsualOccupation textUsualIndustry", "free_text"),
    },
    "cancer_identification": {
        **_same("dateOfDiagnosis dateConclusiveDx dateOfMultTumors", "date"),
    },
    "hospital_specific": {
        **_same("accessionNumberHosp", "other_id"),
        **_same("dateOf1stContact dateOfInptAdm dateOfInptDisch", "date"),
    },
    "stage_prognostic_factors": {
        **_same("dateRegionalLymphNodeDissection dateOfSentinelLymphNodeBiopsy", "date"),
    },
    "treatment_1st_course": {
        **_same(
            "dateInitialRxSeer date1stCrsRxCoc rxDateSurgery rxDateMostDefinSurg "
            "rxDateSurgicalDisch rxDateRadiation rxDateRadiationEnded rxDateSystemic "
            "rxDateChemo rxDateHormone rxDateBrm rxDateOther rxDateDxStgProc",
            "date",
        ),
    },
    "treatment_subsequent_other": {
        **_same("subsqRx2ndCourseDate subsqRx3rdCourseDate subsqRx4thCourseDate", "date"),
    },
    "edit_overrides_system_admin": {
        **_same(
            "dateCaseInitiated dateCaseCompleted dateCaseCompletedCoc dateCaseLastChanged",
            "date",
        ),
    },
    "followup_recurrence_death": {
        **_same(
            "dateOfLastContact dateOfLastCancerStatus recurrenceDate1st dateOfDeathCanada "
            "survDateActiveFollowup survDatePresumedAlive survDateDxRecode",
            "date",
        ),
        **_same(
            "addrCurrentCity addrCurrentPostalCode countyCurrent followUpContactCity "
            "followUpContactPostal",
            "address",
        ),
    },
    "patient_confidential": {
        **_same(
            "nameLast nameFirst nameMiddle nameAlias nameMaiden nameSpouseParent "
            "followUpContactName",
            "name",
        ),
        **_same("medicalRecordNumber", "mrn"),
        **_same("socialSecurityNumber", "ssn"),
        **_same("medicareBeneficiaryIdentifier", "health_plan"),
        **_same(
            "addrAtDxNoStreet addrAtDxSupplementl addrCurrentNoStreet "
            "addrCurrentSupplementl followUpContactNost followUpContactSuppl latitude "
            "longitude",
            "address",
        ),
        **_same("telephone", "phone"),
        **_same("dcStateFileNumber", "other_id"),
    },
    "other_confidential": {
        **_same("ehrReporting", "free_text"),
    },
    "pathology": {
        **_same(
            "pathReportNumber1 pathReportNumber2 pathReportNumber3 pathReportNumber4 "
            "pathReportNumber5",
            "other_id",
        ),
        **_same(
            "pathDateSpecCollect1 pathDateSpecCollect2 pathDateSpecCollect3 "
            "pathDateSpecCollect4 pathDateSpecCollect5",
            "date",
        ),
    },
    "text_diagnosis": {
        **_same(
            "textDxProcPe textDxProcXRayScan textDxProcScopes textDxProcLabTests "
            "textDxProcOp textDxProcPath textPrimarySiteTitle textHistologyTitle "
            "textStaging",
            "free_text",
        ),
    },
    "text_treatment": {
        **_same(
            "rxTextSurgery rxTextRadiation rxTextRadiationOther rxTextChemo rxTextHormone "
            "rxTextBrm rxTextOther",
            "free_text",
        ),
    },
    "text_miscellaneous": {
        **_same("textRemarks textPlaceOfDiagnosis", "free_text"),
    },
}


# Round 28 (BHIMA, IMA World Health's hospital system in DR Congo): labelled by helper-118
# before any measurement; the calls are in SOURCES.md.
PHI["bhima"] = {
    "cash": {
        **_same("reference", "account"),
        **_same("date created_at", "date"),
        **_same("description", "free_text"),
    },
    "debtor": {
        **_same("text", "name"),
    },
    "debtor_group_history": {
        **_same("created_at", "date"),
    },
    "document_map": {
        **_same("text", "account"),
    },
    "entity_map": {
        **_same("text", "mrn"),
    },
    "patient": {
        **_same("reference hospital_no", "mrn"),
        **_same("display_name father_name mother_name employer spouse spouse_employer", "name"),
        **_same("dob registration_date created_at", "date"),
        **_same("phone", "phone"),
        **_same("email", "email"),
        **_same("address_1 address_2 health_zone health_area", "address"),
        **_same("notes", "free_text"),
        **_same("avatar", "photo"),
    },
    "patient_document": {
        **_same("timestamp", "date"),
    },
    "patient_visit": {
        **_same("start_date end_date", "date"),
        **_same("start_notes end_notes", "free_text"),
    },
    "patient_visit_service": {
        **_same("date created_at", "date"),
    },
    "patient_hospitalization": {
        **_same("date created_at", "date"),
    },
    "invoice": {
        **_same("reference", "account"),
        **_same("date created_at", "date"),
        **_same("description", "free_text"),
    },
    "stock_movement": {
        **_same("description", "free_text"),
        **_same("date created_at", "date"),
    },
    "survey_data": {
        **_same("date", "date"),
    },
}

# Round 28 (Offene-Pflege.de, a German nursing-home record): labelled by helper-119
# before any measurement; the calls are in SOURCES.md.
PHI["opde"] = {
    "allowance": {
        **_same("resid", "mrn"),
        **_same("pit editpit", "date"),
        **_same("text", "free_text"),
    },
    "bhp": {
        **_same("Soll Ist MDate", "date"),
        **_same("Text", "free_text"),
        **_same("BWKennung", "mrn"),
    },
    "dfn": {
        **_same("BWKennung", "mrn"),
        **_same("Soll Ist StDatum MDate", "date"),
    },
    "handovers": {
        **_same("Text", "free_text"),
    },
    "ischedule": {
        **_same("LDatum", "date"),
        **_same("Bemerkung", "free_text"),
    },
    "lcustodian": {
        **_same("Name Vorname", "name"),
        **_same("Strasse PLZ Ort", "address"),
        **_same("Tel Privat Mobil", "phone"),
        **_same("Fax", "fax"),
        **_same("EMail", "email"),
    },
    "medinventory": {
        **_same("BWKennung", "mrn"),
        **_same("Von Bis", "date"),
    },
    "medorder": {
        **_same("resid", "mrn"),
        **_same("note", "free_text"),
        **_same("created_on closed_on", "date"),
    },
    "medstock": {
        **_same("Ein Anbruch Aus", "date"),
        **_same("Text", "free_text"),
    },
    "medstocktx": {
        **_same("Text", "free_text"),
        **_same("PIT", "date"),
    },
    "npcontrol": {
        **_same("Bemerkung", "free_text"),
        **_same("Datum", "date"),
    },
    "nreports": {
        **_same("PIT NewPIT DelPIT EditedPIT", "date"),
        **_same("Text", "free_text"),
        **_same("BWKennung", "mrn"),
    },
    "nursingprocess": {
        **_same("BWKennung", "mrn"),
        **_same("Situation Ziel", "free_text"),
        **_same("Von Bis NKontrolle", "date"),
    },
    "preport": {
        **_same("Text", "free_text"),
        **_same("PIT", "date"),
    },
    "prescription": {
        **_same("BWKennung", "mrn"),
        **_same("AnDatum AbDatum", "date"),
        **_same("Bemerkung", "free_text"),
    },
    "pschedule": {
        **_same("LDatum", "date"),
    },
    "qprocess": {
        **_same("BWKennung", "mrn"),
        **_same("Von WV Bis", "date"),
    },
    "resident": {
        **_same("id", "mrn"),
        **_same("Nachname Vorname", "name"),
        **_same("GebDatum", "date"),
        **_same("idbewohner", "other_id"),
    },
    "resident2file": {
        **_same("rid", "mrn"),
        **_same("pit", "date"),
    },
    "resinfo": {
        **_same("BWKennung", "mrn"),
        **_same("Von Bis", "date"),
        **_same("Bemerkung", "free_text"),
        **_same("Properties HTML", "other_id"),
    },
    "resvalue": {
        **_same("BWKennung", "mrn"),
        **_same("PIT _cdate _mdate", "date"),
        **_same("Bemerkung", "free_text"),
    },
    "sysinf2file": {
        **_same("PIT", "date"),
    },
    "sysnp2file": {
        **_same("PIT", "date"),
    },
    "sysnr2file": {
        **_same("PIT", "date"),
    },
    "syspre2file": {
        **_same("PIT", "date"),
    },
    "sysval2file": {
        **_same("PIT", "date"),
    },
}

PHI["canreg5"] = {
    "TUMOUR": {
        **_same("ADDR", "address"),
        **_same("INCID UPDATE", "date"),
        **_same("TUMOURID", "other_id"),
        **_same("PATIENTIDTUMOURTABLE PATIENTRECORDIDTUMOURTABLE", "mrn"),
    },
    "PATIENT": {
        **_same("REGNO PATIENTRECORDID", "mrn"),
        **_same("FAMN FIRSTN MAIDN MIDN", "name"),
        **_same("BIRTHD DLC PATIENTUPDATEDATE", "date"),
    },
    "SOURCE": {
        **_same("LABNO TUMOURIDSOURCETABLE SOURCERECORDID", "other_id"),
        **_same("CASNO", "mrn"),
    },
}


PHI["c4gblis"] = {
    "patient": {
        **_same("addl_id surr_id", "mrn"),
        **_same("name hash_value", "name"),
        **_same("dob ts partial_dob", "date"),
    },
    "patient_custom_data": {
        **_same("field_value", "other_id"),
        **_same("ts", "date"),
    },
    "removal_record": {
        **_same("ts", "date"),
    },
    "specimen": {
        **_same("ts date_collected date_recvd time_collected date_reported", "date"),
        **_same("comments", "free_text"),
        **_same("aux_id session_num daily_num", "other_id"),
    },
    "specimen_custom_data": {
        **_same("field_value", "other_id"),
        **_same("ts", "date"),
    },
    "test": {
        **_same("result", "name"),
        **_same("comments", "free_text"),
        **_same("ts date_verified", "date"),
    },
}


PHI["thai43"] = {
    "accident": {
        **_same("PID", "mrn"),
        **_same("SEQ", "other_id"),
        **_same("DATETIME_SERV DATETIME_AE D_UPDATE", "date"),
    },
    "address": {
        **_same("PID", "mrn"),
        **_same(
            "HOUSE_ID ROOMNO CONDO HOUSENO SOISUB SOIMAIN ROAD VILLANAME VILLAGE TAMBON AMPUR",
            "address",
        ),
        **_same("TELEPHONE MOBILE", "phone"),
        **_same("D_UPDATE", "date"),
    },
    "admission": {
        **_same("PID", "mrn"),
        **_same("SEQ AN", "other_id"),
        **_same("DATETIME_ADMIT DATETIME_DISCH D_UPDATE", "date"),
    },
    "anc": {
        **_same("PID", "mrn"),
        **_same("SEQ", "other_id"),
        **_same("DATE_SERV D_UPDATE", "date"),
    },
    "appointment": {
        **_same("PID", "mrn"),
        **_same("AN SEQ", "other_id"),
        **_same("DATE_SERV APDATE D_UPDATE", "date"),
    },
    "card": {
        **_same("PID", "mrn"),
        **_same("INSID", "health_plan"),
        **_same("STARTDATE EXPIREDATE D_UPDATE", "date"),
    },
    "care_refer": {
        **_same("REFERID REFERID_PROVINCE", "other_id"),
        **_same("D_UPDATE", "date"),
    },
    "charge_ipd": {
        **_same("PID", "mrn"),
        **_same("AN", "other_id"),
        **_same("DATETIME_ADMIT D_UPDATE", "date"),
    },
    "charge_opd": {
        **_same("PID", "mrn"),
        **_same("SEQ", "other_id"),
        **_same("DATE_SERV D_UPDATE", "date"),
    },
    "chronic": {
        **_same("PID", "mrn"),
        **_same("DATE_DIAG DATE_DISCH D_UPDATE", "date"),
    },
    "chronicfu": {
        **_same("PID", "mrn"),
        **_same("SEQ", "other_id"),
        **_same("DATE_SERV D_UPDATE", "date"),
    },
    "clinical_refer": {
        **_same("REFERID REFERID_PROVINCE", "other_id"),
        **_same("DATETIME_ASSESS D_UPDATE", "date"),
    },
    "community_service": {
        **_same("PID", "mrn"),
        **_same("SEQ", "other_id"),
        **_same("DATE_SERV D_UPDATE", "date"),
    },
    "death": {
        **_same("PID", "mrn"),
        **_same("AN SEQ", "other_id"),
        **_same("DDEATH D_UPDATE", "date"),
    },
    "dental": {
        **_same("PID", "mrn"),
        **_same("SEQ", "other_id"),
        **_same("DATE_SERV D_UPDATE", "date"),
    },
    "diagnosis_ipd": {
        **_same("PID", "mrn"),
        **_same("AN", "other_id"),
        **_same("DATETIME_ADMIT D_UPDATE", "date"),
    },
    "diagnosis_opd": {
        **_same("PID", "mrn"),
        **_same("SEQ", "other_id"),
        **_same("DATE_SERV D_UPDATE", "date"),
    },
    "disability": {
        **_same("DISABID", "other_id"),
        **_same("PID", "mrn"),
        **_same("DATE_DETECT DATE_DISAB D_UPDATE", "date"),
    },
    "drugallergy": {
        **_same("PID", "mrn"),
        **_same("DATERECORD D_UPDATE", "date"),
    },
    "drug_ipd": {
        **_same("PID", "mrn"),
        **_same("AN", "other_id"),
        **_same("DATETIME_ADMIT DATESTART DATEFINISH D_UPDATE", "date"),
    },
    "drug_opd": {
        **_same("PID", "mrn"),
        **_same("SEQ", "other_id"),
        **_same("DATE_SERV D_UPDATE", "date"),
    },
    "drug_refer": {
        **_same("REFERID REFERID_PROVINCE", "other_id"),
        **_same("DATETIME_DSTART DATETIME_DFINISH D_UPDATE", "date"),
        **_same("DDESCRIPTION", "free_text"),
    },
    "epi": {
        **_same("PID", "mrn"),
        **_same("SEQ", "other_id"),
        **_same("DATE_SERV D_UPDATE", "date"),
    },
    "fp": {
        **_same("PID", "mrn"),
        **_same("SEQ", "other_id"),
        **_same("DATE_SERV D_UPDATE", "date"),
    },
    "functional": {
        **_same("PID", "mrn"),
        **_same("SEQ", "other_id"),
        **_same("DATE_SERV D_UPDATE", "date"),
    },
    "home": {
        **_same(
            "HOUSE_ID ROOMNO CONDO HOUSE SOISUB SOIMAIN ROAD VILLANAME VILLAGE TAMBON AMPUR "
            "LATITUDE LONGITUDE",
            "address",
        ),
        **_same("TELEPHONE", "phone"),
        **_same("HEADID", "mrn"),
        **_same("OUTDATE D_UPDATE", "date"),
    },
    "icf": {
        **_same("DISABID SEQ", "other_id"),
        **_same("PID", "mrn"),
        **_same("DATE_SERV D_UPDATE", "date"),
    },
    "investigation_refer": {
        **_same("REFERID REFERID_PROVINCE", "other_id"),
        **_same("DATETIME_INVEST DATETIME_REPORT D_UPDATE", "date"),
    },
    "labfu": {
        **_same("PID", "mrn"),
        **_same("SEQ", "other_id"),
        **_same("DATE_SERV D_UPDATE", "date"),
    },
    "labor": {
        **_same("PID", "mrn"),
        **_same("LMP EDC BDATE D_UPDATE", "date"),
    },
    "ncdscreen": {
        **_same("PID", "mrn"),
        **_same("SEQ", "other_id"),
        **_same("DATE_SERV D_UPDATE", "date"),
    },
    "newborn": {
        **_same("PID MPID", "mrn"),
        **_same("BDATE BTIME D_UPDATE", "date"),
    },
    "newborncare": {
        **_same("PID", "mrn"),
        **_same("SEQ", "other_id"),
        **_same("BDATE BCARE D_UPDATE", "date"),
    },
    "nutrition": {
        **_same("PID", "mrn"),
        **_same("SEQ", "other_id"),
        **_same("DATE_SERV D_UPDATE", "date"),
    },
    "person": {
        **_same("CID FATHER MOTHER COUPLE", "ssn"),
        **_same("PID HN", "mrn"),
        **_same("NAME LNAME", "name"),
        **_same("BIRTH MOVEIN DDISCHARGE D_UPDATE", "date"),
        **_same("PASSPORT", "other_id"),
    },
    "postnatal": {
        **_same("PID", "mrn"),
        **_same("SEQ", "other_id"),
        **_same("BDATE PPCARE D_UPDATE", "date"),
    },
    "prenatal": {
        **_same("PID", "mrn"),
        **_same("LMP EDC DATE_HCT D_UPDATE", "date"),
    },
    "procedure_ipd": {
        **_same("PID", "mrn"),
        **_same("AN", "other_id"),
        **_same("DATETIME_ADMIT TIMESTART TIMEFINISH D_UPDATE", "date"),
    },
    "procedure_opd": {
        **_same("PID", "mrn"),
        **_same("SEQ", "other_id"),
        **_same("DATE_SERV D_UPDATE", "date"),
    },
    "procedure_refer": {
        **_same("REFERID REFERID_PROVINCE", "other_id"),
        **_same("TIMESTART TIMEFINISH D_UPDATE", "date"),
        **_same("PDESCRIPTION PROCEDRESULT", "free_text"),
    },
    "refer_history": {
        **_same("REFERID REFERID_PROVINCE SEQ AN REFERID_ORIGIN", "other_id"),
        **_same("PID", "mrn"),
        **_same("DATETIME_SERV DATETIME_ADMIT DATETIME_REFER D_UPDATE", "date"),
        **_same("CHIEFCOMP PHYSICALEXAM DIAGFIRST DIAGLAST PSTATUS REQUEST", "free_text"),
    },
    "refer_result": {
        **_same("REFERID_SOURCE REFERID_PROVINCE AN_IN", "other_id"),
        **_same("DATETIME_IN D_UPDATE", "date"),
        **_same("PID_IN", "mrn"),
    },
    "rehabilitation": {
        **_same("PID", "mrn"),
        **_same("SEQ AN", "other_id"),
        **_same("DATE_ADMIT DATE_SERV DATE_START DATE_FINISH D_UPDATE", "date"),
    },
    "service": {
        **_same("PID HN", "mrn"),
        **_same("SEQ", "other_id"),
        **_same("DATE_SERV TIME_SERV D_UPDATE", "date"),
        **_same("INSID", "health_plan"),
        **_same("CHIEFCOMP", "free_text"),
    },
    "specialpp": {
        **_same("PID", "mrn"),
        **_same("SEQ", "other_id"),
        **_same("DATE_SERV D_UPDATE", "date"),
    },
    "surveillance": {
        **_same("PID", "mrn"),
        **_same("SEQ AN", "other_id"),
        **_same("DATE_SERV DATETIME_ADMIT ILLDATE DATE_DEATH D_UPDATE", "date"),
        **_same("ILLHOUSE ILLVILLAGE ILLTAMBON ILLAMPUR LATITUDE LONGITUDE", "address"),
    },
    "women": {
        **_same("PID", "mrn"),
        **_same("D_UPDATE", "date"),
    },
}


PHI["ukrdc"] = {
    "file": {
        **_same("ni", "health_plan"),
    },
    "patientrecord": {
        **_same("localpatientid ukrdcid", "mrn"),
        **_same(
            "repositorycreationdate repositoryupdatedate creation_date extracttime startdate "
            "stopdate update_date",
            "date",
        ),
    },
    "allergy": {
        **_same(
            "creation_date discoverytime confirmedtime inactivetime updatedon update_date", "date"
        ),
        **_same("commenttext freetextallergy qualifyingdetails", "free_text"),
    },
    "causeofdeath": {
        **_same("creation_date enteredon updatedon update_date", "date"),
        **_same("comments", "free_text"),
    },
    "clinicalrelationship": {
        **_same("creation_date fromtime totime updatedon update_date", "date"),
    },
    "diagnosis": {
        **_same(
            "creation_date identificationtime onsettime enteredon updatedon update_date", "date"
        ),
        **_same("comments", "free_text"),
        **_same("encounternumber", "other_id"),
    },
    "dialysissession": {
        **_same("creation_date proceduretime updatedon update_date", "date"),
    },
    "document": {
        **_same("repositoryupdatedate creation_date documenttime updatedon update_date", "date"),
        **_same("notetext", "free_text"),
        **_same("stream", "other_id"),
    },
    "encounter": {
        **_same("creation_date fromtime totime updatedon update_date", "date"),
        **_same("encounternumber", "other_id"),
        **_same("visitdescription", "free_text"),
    },
    "familyhistory": {
        **_same("creation_date fromtime totime updatedon update_date", "date"),
        **_same("notetext", "free_text"),
    },
    "laborder": {
        **_same(
            "creation_date specimenreceivedtime specimencollectedtime enteredon updatedon "
            "update_date repository_update_date",
            "date",
        ),
        **_same("placerid fillerid", "other_id"),
    },
    "medication": {
        **_same("creation_date repositoryupdatedate fromtime totime updatedon update_date", "date"),
        **_same("prescriptionnumber encounternumber", "other_id"),
        **_same("commenttext indication", "free_text"),
    },
    "observation": {
        **_same("creation_date observationtime updatedon update_date", "date"),
        **_same("commenttext", "free_text"),
    },
    "optout": {
        **_same("creation_date fromtime totime updatedon update_date", "date"),
    },
    "patient": {
        **_same("creation_date birthtime deathtime updatedon update_date", "date"),
        **_same("persontocontactname", "name"),
        **_same("persontocontact_contactnumber", "phone"),
        **_same("persontocontact_contactnumbercomments", "free_text"),
    },
    "procedure": {
        **_same("creation_date proceduretime updatedon update_date", "date"),
    },
    "programmembership": {
        **_same("creation_date fromtime totime updatedon update_date", "date"),
    },
    "pvdata": {
        **_same("creation_date update_date diagnosisdate", "date"),
    },
    "pvdelete": {
        **_same("creation_date observationtime update_date", "date"),
    },
    "renaldiagnosis": {
        **_same(
            "creation_date identificationtime onsettime enteredon updatedon update_date", "date"
        ),
        **_same("comments", "free_text"),
    },
    "socialhistory": {
        **_same("creation_date updatedon update_date", "date"),
    },
    "survey": {
        **_same("creation_date surveytime updatedon update_date", "date"),
    },
    "transplant": {
        **_same("creation_date proceduretime updatedon tra64 tra69 update_date", "date"),
    },
    "transplantlist": {
        **_same("creation_date fromtime totime updatedon update_date", "date"),
        **_same("encounternumber", "other_id"),
        **_same("visitdescription", "free_text"),
    },
    "treatment": {
        **_same("creation_date fromtime totime updatedon pat35 update_date", "date"),
        **_same("encounternumber", "other_id"),
        **_same("visitdescription", "free_text"),
    },
    "vascularaccess": {
        **_same("creation_date proceduretime updatedon update_date", "date"),
    },
    "address": {
        **_same("creation_date fromtime totime update_date", "date"),
        **_same("street town county postcode", "address"),
    },
    "contactdetail": {
        **_same("creation_date updatedon update_date", "date"),
        **_same("contactvalue", "phone"),
        **_same("commenttext", "free_text"),
    },
    "familydoctor": {
        **_same("creation_date update_date", "date"),
    },
    "level": {
        **_same("creation_date update_date", "date"),
    },
    "name": {
        **_same("creation_date update_date", "date"),
        **_same("family given othergivennames", "name"),
    },
    "patientnumber": {
        **_same("creation_date updatedon update_date", "date"),
        **_same("patientid", "other_id"),
    },
    "question": {
        **_same("creation_date update_date", "date"),
    },
    "resultitem": {
        **_same("creation_date observationtime enteredon updatedon update_date", "date"),
        **_same("commenttext referencecomment", "free_text"),
    },
    "score": {
        **_same("creation_date update_date", "date"),
    },
}


PHI["opendolphin"] = {
    "d_patient": {
        **_same("address zipcode", "address"),
        **_same("appmemo memo", "free_text"),
        **_same("birthday", "date"),
        **_same("email", "email"),
        **_same(
            "familyname fullname givenname kanafamilyname kanagivenname kananame relations "
            "romanfamilyname romangivenname romanname",
            "name",
        ),
        **_same("jpegphoto", "photo"),
        **_same("mobilephone telephone", "phone"),
        **_same("patientid", "mrn"),
    },
    "d_health_insurance": {
        **_same("bean_json", "health_plan"),
    },
    "d_karte": {
        **_same("created", "date"),
    },
    "d_patient_visit": {
        **_same("memo", "free_text"),
        **_same("pvtdate", "date"),
    },
    "d_document": {
        **_same("confirmed started ended recorded", "date"),
        **_same("title", "free_text"),
        **_same("labtestordernumber", "other_id"),
    },
    "d_module": {
        **_same("confirmed started ended recorded", "date"),
        **_same("bean_json", "other_id"),
    },
    "d_image": {
        **_same("confirmed started ended recorded imagetime", "date"),
        **_same("sop", "other_id"),
    },
    "d_attachment": {
        **_same("confirmed started ended recorded", "date"),
        **_same("memo", "free_text"),
    },
    "d_diagnosis": {
        **_same("confirmed started ended recorded firstencounterdate", "date"),
    },
    "d_observation": {
        **_same("confirmed started ended recorded", "date"),
        **_same("memo", "free_text"),
    },
    "d_patient_memo": {
        **_same("confirmed started ended recorded", "date"),
        **_same("memo memo2", "free_text"),
    },
    "d_patient_freedocument": {
        **_same("facilitypatid", "mrn"),
        **_same("confirmed", "date"),
        **_same("comment", "free_text"),
    },
    "d_letter": {
        **_same("confirmed started ended recorded", "date"),
        **_same("payloadbytes", "other_id"),
    },
    "d_letter_module": {
        **_same("confirmed started ended recorded patientbirthday", "date"),
        **_same("title", "free_text"),
        **_same("patientid", "mrn"),
        **_same("patientname patientkana", "name"),
        **_same("patientzipcode patientaddress", "address"),
        **_same("patienttelephone patientmobilephone", "phone"),
        **_same("patientfaxnumber", "fax"),
    },
    "d_letter_item": {
        **_same("c_value", "free_text"),
    },
    "d_letter_text": {
        **_same("textvalue", "free_text"),
    },
    "d_letter_date": {
        **_same("c_value", "date"),
    },
    "d_nlabo_module": {
        **_same("modulekey", "other_id"),
        **_same("patientid", "mrn"),
        **_same("patientname", "name"),
        **_same("sampledate", "date"),
    },
    "d_nlabo_item": {
        **_same("patientid", "mrn"),
        **_same("sampledate", "date"),
        **_same("comment1 comment2", "free_text"),
    },
    "d_first_encounter": {
        **_same("confirmed started ended recorded", "date"),
        **_same("payloadbytes", "other_id"),
    },
    "d_nurse_progress_course": {
        **_same("confirmed started ended recorded", "date"),
        **_same("progresstext", "free_text"),
    },
    "d_ondoban": {
        **_same("confirmed started ended recorded", "date"),
        **_same("memo", "free_text"),
    },
    "d_vital": {
        **_same("facilitypatid", "mrn"),
        **_same("savedate vitaldate vitaltime", "date"),
    },
    "d_audit_event": {
        **_same("patient_id", "mrn"),
        **_same("payload", "other_id"),
    },
    "chart_event_history": {
        **_same("payload_json", "other_id"),
        **_same("created_at", "date"),
    },
    "orca_prescription_orders": {
        **_same("patient_id", "mrn"),
        **_same("encounter_id payload_json", "other_id"),
        **_same("encounter_date perform_date created_at", "date"),
    },
    "d_document_integrity": {
        **_same("sealed_at created_at", "date"),
    },
    "d_appo": {
        **_same("confirmed started ended recorded c_date", "date"),
        **_same("patientid", "mrn"),
        **_same("memo", "free_text"),
    },
    "d_module_payload": {
        **_same("payload_json", "other_id"),
        **_same("created_at updated_at", "date"),
    },
}


PHI["samson"] = {
    "Client": {
        **_same("createDatetime modifyDatetime birthDate bloodDate", "date"),
        **_same("lastName firstName patrName", "name"),
        **_same("SNILS", "ssn"),
        **_same("bloodNotes notes", "free_text"),
        **_same("birthPlace", "address"),
    },
    "ClientAddress": {
        **_same("createDatetime modifyDatetime", "date"),
        **_same("freeInput", "address"),
    },
    "ClientAllergy": {
        **_same("createDatetime modifyDatetime createDate", "date"),
        **_same("notes", "free_text"),
    },
    "ClientAttach": {
        **_same("createDatetime modifyDatetime begDate endDate", "date"),
    },
    "ClientIntoleranceMedicament": {
        **_same("createDatetime modifyDatetime createDate", "date"),
        **_same("notes", "free_text"),
    },
    "ClientContact": {
        **_same("createDatetime modifyDatetime", "date"),
        **_same("contact", "phone"),
        **_same("notes", "free_text"),
    },
    "ClientDocument": {
        **_same("createDatetime modifyDatetime date endDate", "date"),
        **_same("serial number", "other_id"),
    },
    "ClientIdentification": {
        **_same("createDatetime modifyDatetime checkDate", "date"),
        **_same("identifier", "mrn"),
    },
    "ClientRelation": {
        **_same("createDatetime modifyDatetime", "date"),
    },
    "ClientWork": {
        **_same("createDatetime modifyDatetime", "date"),
        **_same("freeInput", "name"),
    },
    "ClientSocStatus": {
        **_same("createDatetime modifyDatetime begDate endDate", "date"),
        **_same("note", "free_text"),
    },
    "ClientPolicy": {
        **_same("createDatetime modifyDatetime begDate endDate", "date"),
        **_same("serial number", "health_plan"),
        **_same("note", "free_text"),
    },
    "BloodHistory": {
        **_same("bloodDate", "date"),
    },
    "Address": {
        **_same("createDatetime modifyDatetime", "date"),
        **_same("flat", "address"),
    },
    "AddressHouse": {
        **_same("createDatetime modifyDatetime", "date"),
        **_same("KLADRCode KLADRStreetCode streetFreeInput number corpus", "address"),
    },
    "ClientFileAttach": {
        **_same("attachDate", "date"),
    },
    "Event": {
        **_same(
            "createDatetime modifyDatetime prevEventDate setDate execDate nextEventDate", "date"
        ),
        **_same("externalId", "other_id"),
        **_same("note", "free_text"),
    },
    "Event_LocalContract": {
        **_same("createDatetime modifyDatetime coordDate dateContract birthDate", "date"),
        **_same("coordText", "free_text"),
        **_same("numberContract", "account"),
        **_same("lastName firstName patrName", "name"),
        **_same("serialLeft serialRight number", "other_id"),
        **_same("regAddress", "address"),
    },
    "Event_Payment": {
        **_same("createDatetime modifyDatetime date", "date"),
        **_same("settlementAccount numberCreditCard", "account"),
    },
    "Visit": {
        **_same("createDatetime modifyDatetime date", "date"),
    },
    "Event_Persons": {
        **_same("begDate endDate", "date"),
    },
    "Diagnosis": {
        **_same("createDatetime modifyDatetime setDate endDate", "date"),
    },
    "Diagnostic": {
        **_same("createDatetime modifyDatetime setDate endDate", "date"),
        **_same("notes diagnosis_description", "free_text"),
    },
    "Event_Diagnosis": {
        **_same("createDatetime", "date"),
    },
    "Action_Diagnosis": {
        **_same("createDatetime", "date"),
    },
    "Action": {
        **_same(
            "createDatetime modifyDatetime directionDate begDate plannedEndDate endDate coordDate",
            "date",
        ),
        **_same("note coordText", "free_text"),
        **_same("dcm_study_uid", "other_id"),
    },
    "ActionProperty": {
        **_same("createDatetime modifyDatetime", "date"),
    },
    "ActionProperty_Date": {
        **_same("value", "date"),
    },
    "ActionProperty_Image": {
        **_same("value", "other_id"),
    },
    "ActionProperty_OtherLPURecord": {
        **_same("value", "free_text"),
    },
    "ActionProperty_String": {
        **_same("value", "free_text"),
    },
    "ActionProperty_Time": {
        **_same("value", "date"),
    },
    "ActionFileAttach": {
        **_same("attachDate", "date"),
    },
    "TakenTissueJournal": {
        **_same("externalId barcode", "other_id"),
        **_same("datetimeTaken", "date"),
        **_same("note", "free_text"),
    },
    "bbtResponse": {
        **_same("defects", "free_text"),
        **_same("codeLIS", "other_id"),
    },
    "bbtResult_Text": {
        **_same("valueText", "free_text"),
    },
    "bbtResult_Table": {
        **_same("signDateTime", "date"),
        **_same("comment", "free_text"),
    },
    "bbtResult_Image": {
        **_same("image", "other_id"),
    },
    "ScheduleClientTicket": {
        **_same("note", "free_text"),
        **_same("createDatetime modifyDatetime", "date"),
    },
    "Contract": {
        **_same("createDatetime modifyDatetime date begDate endDate", "date"),
        **_same("number", "account"),
    },
    "Service": {
        **_same("createDatetime modifyDatetime", "date"),
    },
    "MedicalPrescription": {
        **_same("createDatetime modifyDatetime begDate", "date"),
        **_same("note", "free_text"),
    },
}


PHI["sahana"] = {
    "pr_pentity": {
        **_same("pe_label", "mrn"),
    },
    "pr_person_user": {
        **_same("created_on modified_on", "date"),
    },
    "pr_person": {
        **_same("pe_label", "mrn"),
        **_same("first_name middle_name last_name initials preferred_name local_name", "name"),
        **_same("date_of_birth created_on modified_on", "date"),
        **_same("comments", "free_text"),
    },
    "pr_group": {
        **_same("name", "name"),
        **_same("description comments", "free_text"),
        **_same("created_on modified_on", "date"),
    },
    "pr_group_membership": {
        **_same("comments", "free_text"),
        **_same("created_on modified_on", "date"),
    },
    "pr_group_tag": {
        **_same("created_on modified_on", "date"),
    },
    "pr_address": {
        **_same("comments", "free_text"),
        **_same("created_on modified_on", "date"),
    },
    "pr_contact": {
        **_same("value", "phone"),
        **_same("comments", "free_text"),
        **_same("created_on modified_on", "date"),
    },
    "pr_contact_emergency": {
        **_same("name", "name"),
        **_same("phone", "phone"),
        **_same("address", "address"),
        **_same("comments", "free_text"),
        **_same("created_on modified_on", "date"),
    },
    "pr_image": {
        **_same("image url", "photo"),
        **_same("description", "free_text"),
        **_same("created_on modified_on", "date"),
    },
    "pr_presence": {
        **_same("location_details", "address"),
        **_same("datetime created_on modified_on", "date"),
        **_same("comment", "free_text"),
    },
    "pr_note": {
        **_same("timestmp created_on modified_on", "date"),
        **_same("note_text", "free_text"),
        **_same("note_contact", "phone"),
    },
    "pr_physical_description": {
        **_same(
            "hair_comment facial_hair_comment body_hair skin_marks medical_conditions allergies "
            "other_details comments",
            "free_text",
        ),
        **_same("created_on modified_on", "date"),
    },
    "pr_education": {
        **_same("comments", "free_text"),
        **_same("created_on modified_on", "date"),
    },
    "pr_identity": {
        **_same("value", "ssn"),
        **_same("valid_from valid_until created_on modified_on", "date"),
        **_same("image", "other_id"),
        **_same("comments", "free_text"),
    },
    "pr_language": {
        **_same("created_on modified_on", "date"),
    },
    "pr_occupation_type_person": {
        **_same("created_on modified_on", "date"),
    },
    "pr_person_details": {
        **_same("place_of_birth hometown", "address"),
        **_same("father_name mother_name grandfather_name grandmother_name company", "name"),
        **_same("created_on modified_on", "date"),
    },
    "pr_person_location": {
        **_same("created_on modified_on", "date"),
    },
    "pr_person_tag": {
        **_same("value", "other_id"),
        **_same("created_on modified_on", "date"),
    },
    "gis_location": {
        **_same(
            "name lat lon wkt lat_min lat_max lon_min lon_max addr_street addr_postcode L5 L4 L3 "
            "L2",
            "address",
        ),
        **_same("created_on modified_on", "date"),
    },
    "disease_case": {
        **_same("case_number", "other_id"),
        **_same("symptom_debut diagnosis_date monitoring_until created_on modified_on", "date"),
    },
    "disease_case_monitoring": {
        **_same("date created_on modified_on", "date"),
        **_same("comments", "free_text"),
    },
    "disease_case_monitoring_symptom": {
        **_same("created_on modified_on", "date"),
    },
    "disease_case_diagnostics": {
        **_same("probe_number", "other_id"),
        **_same("probe_date result_date created_on modified_on", "date"),
        **_same("comments", "free_text"),
    },
    "disease_tracing": {
        **_same("start_date end_date created_on modified_on", "date"),
        **_same("circumstances comments", "free_text"),
    },
    "disease_exposure": {
        **_same("date created_on modified_on", "date"),
        **_same("circumstances", "free_text"),
    },
    "patient_patient": {
        **_same("phone", "phone"),
        **_same("injuries comments", "free_text"),
        **_same("treatment_date return_date created_on modified_on", "date"),
    },
    "patient_relative": {
        **_same("comments", "free_text"),
        **_same("created_on modified_on", "date"),
    },
    "patient_home": {
        **_same("phone", "phone"),
        **_same("comments", "free_text"),
        **_same("created_on modified_on", "date"),
    },
}

PHI["faersvaers"] = {
    "demo": {
        **_same("primaryid caseid auth_num mfr_num", "other_id"),
        **_same("event_dt mfr_dt init_fda_dt fda_dt rept_dt", "date"),
    },
    "drug": {
        **_same("primaryid caseid", "other_id"),
        **_same("dose_vbm", "free_text"),
    },
    "indi": {
        **_same("primaryid caseid", "other_id"),
    },
    "outc": {
        **_same("primaryid caseid", "other_id"),
    },
    "reac": {
        **_same("primaryid caseid", "other_id"),
    },
    "rpsr": {
        **_same("primaryid caseid", "other_id"),
    },
    "ther": {
        **_same("primaryid caseid", "other_id"),
        **_same("start_dt end_dt", "date"),
    },
    "VAERSDATA": {
        **_same("VAERS_ID SPLTTYPE", "other_id"),
        **_same("RECVDATE RPT_DATE DATEDIED VAX_DATE ONSET_DATE", "date"),
        **_same("SYMPTOM_TEXT LAB_DATA OTHER_MEDS CUR_ILL HISTORY PRIOR_VAX", "free_text"),
    },
    "VAERSVAX": {
        **_same("VAERS_ID", "other_id"),
    },
    "VAERSSYMPTOMS": {
        **_same("VAERS_ID", "other_id"),
    },
}


PHI["chinesehis"] = {
    "dzm_his_care_history": {
        **_same("case_date addtime", "date"),
        **_same("case_code", "other_id"),
        **_same("case_title case_result doctor_tips memo", "free_text"),
    },
    "dzm_his_care_order": {
        **_same("addtime", "date"),
        **_same("case_code", "other_id"),
        **_same("use_tips memo", "free_text"),
    },
    "dzm_his_care_order_sub": {
        **_same("tips", "free_text"),
    },
    "dzm_his_care_paylog": {
        **_same("platform_code", "account"),
        **_same("addtime", "date"),
    },
    "dzm_his_care_pkg": {
        **_same("order_code", "account"),
        **_same("addtime", "date"),
    },
    "dzm_his_care_refundlog": {
        **_same("platform_code", "account"),
        **_same("addtime", "date"),
    },
    "dzm_his_demo_patient": {
        **_same("pname", "name"),
        **_same("mobile", "phone"),
    },
    "dzm_his_patient_credit": {
        **_same("addtime uptime", "date"),
    },
    "dzm_his_patient_file": {
        **_same("emergency_contact_name", "name"),
        **_same("emergency_contact_mobile", "phone"),
        **_same("update_time create_time", "date"),
        **_same("personal_info family_info", "free_text"),
    },
    "dzm_his_registration": {
        **_same("registration_number", "other_id"),
        **_same("create_time update_time", "date"),
    },
    "dzm_his_sms_log": {
        **_same("mobile", "phone"),
    },
    "dzm_his_wxopenid": {
        **_same("openid", "other_id"),
        **_same("addtime", "date"),
    },
    "dzm_his_wxopenid_cache": {
        **_same("openid", "other_id"),
    },
    "dzm_patient": {
        **_same("name", "name"),
        **_same("openid", "other_id"),
        **_same("mobile mobile1", "phone"),
        **_same("update_time birthday create_time", "date"),
        **_same("id_card", "ssn"),
        **_same("last_login_ip", "ip"),
        **_same("address city_id district_id", "address"),
        **_same("allergy_info", "free_text"),
    },
}


PHI["shineos"] = {
    "allergy_patient": {
        **_same("deleted_at created_at updated_at", "date"),
    },
    "calendar": {
        **_same("title description", "free_text"),
    },
    "chest_xray": {
        **_same("scheduled_date actual_date deleted_at created_at updated_at", "date"),
        **_same("notes_remarks", "free_text"),
    },
    "dengue_record": {
        **_same("deleted_at created_at updated_at", "date"),
    },
    "diagnosis": {
        **_same("diagnosislist_other diagnosis_notes", "free_text"),
        **_same("deleted_at created_at updated_at", "date"),
    },
    "diagnosis_icd10": {
        **_same("deleted_at created_at updated_at", "date"),
    },
    "disability_patient": {
        **_same("deleted_at created_at updated_at", "date"),
    },
    "disposition": {
        **_same("discharge_datetime deleted_at created_at updated_at", "date"),
        **_same("discharge_notes", "free_text"),
    },
    "examination": {
        **_same(
            "skin_others heent_others chest_others heart_others anatomy_heart_Others "
            "abdomen_others extreme_others",
            "free_text",
        ),
        **_same("deleted_at created_at updated_at", "date"),
    },
    "facility_patient_user": {
        **_same("deleted_at created_at updated_at", "date"),
    },
    "familyplanning_service": {
        **_same(
            "date_of_last_delivery past_menstrual_period last_menstrual_period planning_start "
            "dropout_date deleted_at created_at updated_at",
            "date",
        ),
        **_same("dropout_reason remarks", "free_text"),
    },
    "general_consultation": {
        **_same("complaint complaint_history physical_examination remarks", "free_text"),
        **_same("deleted_at created_at updated_at", "date"),
    },
    "healthcare_addendum": {
        **_same("addendum_notes", "free_text"),
        **_same("deleted_at created_at updated_at", "date"),
    },
    "healthcare_services": {
        **_same("encounter_datetime deleted_at created_at updated_at", "date"),
    },
    "maternalcare": {
        **_same("deleted_at created_at updated_at", "date"),
    },
    "maternalcare_delivery": {
        **_same("termination_datetime deleted_at created_at updated_at", "date"),
    },
    "maternalcare_partograph": {
        **_same("date_examined time_taken deleted_at created_at updated_at", "date"),
    },
    "maternalcare_postpartum": {
        **_same("breastfeeding_date deleted_at created_at updated_at", "date"),
    },
    "maternalcare_prenatal": {
        **_same(
            "last_menstruation_period expected_date_delivery deleted_at created_at updated_at",
            "date",
        ),
    },
    "maternalcare_supplements": {
        **_same("scheduled_date actual_date deleted_at created_at updated_at", "date"),
    },
    "maternalcare_visits": {
        **_same("scheduled_visit actual_visit deleted_at created_at updated_at", "date"),
    },
    "medicalorder": {
        **_same("user_instructions medicalorder_others", "free_text"),
        **_same("deleted_at created_at updated_at", "date"),
    },
    "medicalorder_laboratoryexam": {
        **_same("deleted_at created_at updated_at", "date"),
    },
    "medicalorder_prescription": {
        **_same("dosage_regimen_others prescription_remarks", "free_text"),
        **_same("regimen_startdate regimen_enddate deleted_at created_at updated_at", "date"),
    },
    "medicalorder_procedure": {
        **_same("procedure_date deleted_at created_at updated_at", "date"),
    },
    "patients": {
        **_same("first_name last_name middle_name maiden_lastname maiden_middlename", "name"),
        **_same("birthdate birthtime deleted_at created_at updated_at", "date"),
        **_same("birthplace", "address"),
    },
    "patient_alert": {
        **_same("deleted_at created_at updated_at", "date"),
    },
    "patient_childimmunizationhistory": {
        **_same("deleted_at created_at updated_at", "date"),
    },
    "patient_contact": {
        **_same("street_address barangay city zip", "address"),
        **_same("phone phone_ext mobile", "phone"),
        **_same("email", "email"),
        **_same("deleted_at created_at updated_at", "date"),
    },
    "patient_death_info": {
        **_same("DeathCertificateNo", "other_id"),
        **_same("datetime_death deleted_at created_at updated_at", "date"),
        **_same("PlaceDeath_NID_Others_Specify", "address"),
        **_same(
            "Immediate_Cause_of_Death Antecedent_Cause_of_Death Underlying_Cause_of_Death Remarks",
            "free_text",
        ),
    },
    "patient_elderlyimmunizationhistory": {
        **_same("actual_date deleted_at created_at updated_at", "date"),
    },
    "patient_emergencyinfo": {
        **_same("emergency_name", "name"),
        **_same("emergency_phone emergency_mobile", "phone"),
        **_same("emergency_address", "address"),
        **_same("deleted_at created_at updated_at", "date"),
    },
    "patient_employmentinfo": {
        **_same("company_name", "name"),
        **_same("company_phone", "phone"),
        **_same(
            "company_unitno company_address company_citymun company_barangay company_zip", "address"
        ),
        **_same("deleted_at created_at updated_at", "date"),
    },
    "patient_familyinfo": {
        **_same(
            "father_firstname father_middlename father_lastname mother_firstname "
            "mother_middlename mother_lastname",
            "name",
        ),
        **_same("deleted_at created_at updated_at", "date"),
    },
    "patient_familymedicalhistory": {
        **_same("disease_date deleted_at created_at updated_at", "date"),
        **_same("remarks", "free_text"),
    },
    "patient_family_group": {
        **_same("familygroup_name", "name"),
        **_same("deleted_at created_at updated_at", "date"),
    },
    "patient_family_group_members": {
        **_same("deleted_at created_at updated_at", "date"),
    },
    "patient_fpcounseling": {
        **_same("counseling_date deleted_at created_at updated_at", "date"),
        **_same("remarks", "free_text"),
    },
    "patient_medicalhistory": {
        **_same("disease_date deleted_at created_at updated_at", "date"),
        **_same("remarks", "free_text"),
    },
    "patient_menstrualhistory": {
        **_same("last_period_date deleted_at created_at updated_at", "date"),
        **_same("remarks", "free_text"),
    },
    "patient_monitoring": {
        **_same("deleted_at created_at updated_at", "date"),
    },
    "patient_personalhistory": {
        **_same("remarks", "free_text"),
        **_same("deleted_at created_at updated_at", "date"),
    },
    "patient_philhealthinfo": {
        **_same("philhealth_id", "health_plan"),
        **_same("pamilya_pantawid_id", "other_id"),
        **_same("deleted_at created_at updated_at", "date"),
    },
    "patient_pregnancyhistory": {
        **_same("remarks", "free_text"),
        **_same("deleted_at created_at updated_at", "date"),
    },
    "patient_pregnancyimmunizationhistory": {
        **_same("scheduled_date actual_date deleted_at created_at updated_at", "date"),
    },
    "patient_surgicalhistory": {
        **_same("surgery remarks", "free_text"),
        **_same("surgery_date deleted_at created_at updated_at", "date"),
    },
    "patient_womenimmunizationhistory": {
        **_same("actual_date deleted_at created_at updated_at", "date"),
    },
    "pedia_record": {
        **_same(
            "newborn_screening_referral_date newborn_screening_actual_date child_protection_date "
            "vit_a_supp_first_date vit_a_supp_second_date iron_supp_start_date "
            "iron_supp_end_date bcg_recommended_date bcg_actual_date dpt1_recommended_date "
            "dpt1_actual_date dpt2_recommended_date dpt2_actual_date dpt3_recommended_date "
            "dpt3_actual_date hepa_b1_recommended_date hepa_b1_actual_date "
            "hepa_b2_recommended_date hepa_b2_actual_date hepa_b3_recommended_date "
            "hepa_b3_actual_date measles_recommended_date measles_actual_date "
            "opv1_recommended_date opv1_actual_date opv2_recommended_date opv2_actual_date "
            "opv3_recommended_date opv3_actual_date breastfeed_sixth_month deleted_at created_at "
            "updated_at",
            "date",
        ),
    },
    "measles_record": {
        **_same("rash_onset deleted_at created_at updated_at", "date"),
        **_same("notes other_complications", "free_text"),
    },
    "plugins": {
        **_same("values", "other_id"),
        **_same("deleted_at created_at updated_at", "date"),
    },
    "referrals": {
        **_same("management_done medical_given referral_remarks", "free_text"),
        **_same("accept_date decline_date deleted_at created_at updated_at", "date"),
    },
    "referral_messages": {
        **_same("referral_message", "free_text"),
        **_same("referral_datetime deleted_at created_at updated_at", "date"),
    },
    "referral_reasons": {
        **_same("deleted_at created_at updated_at", "date"),
    },
    "reminders": {
        **_same("deleted_at created_at updated_at", "date"),
    },
    "reminder_message": {
        **_same("reminder_message", "free_text"),
        **_same("appointment_datetime deleted_at created_at updated_at", "date"),
    },
    "tuberculosis_clinical_history_record": {
        **_same("side_effects", "free_text"),
        **_same("deleted_at created_at updated_at", "date"),
    },
    "tuberculosis_dosages_preparations_record": {
        **_same("deleted_at created_at updated_at", "date"),
    },
    "tuberculosis_drug_intake_record": {
        **_same("adult_date_of_administration deleted_at created_at updated_at", "date"),
        **_same("adult_drug_intake_remarks", "free_text"),
    },
    "tuberculosis_dssm_record": {
        **_same("due_date date_examined deleted_at created_at updated_at", "date"),
    },
    "tuberculosis_record": {
        **_same(
            "tuberculin_date_read cxr_date_of_exam other_exam_date_of_exam "
            "xpert_date_of_collection pict_date_administered tb_drugs_date_administered "
            "treatment_outcome_date_started treatment_outcome_date_last_intake deleted_at "
            "created_at updated_at",
            "date",
        ),
        **_same("cxr_findings treatment_outcome_additional_remarks", "free_text"),
    },
    "vital_physical": {
        **_same("deleted_at created_at updated_at", "date"),
    },
}


PHI["aghuse"] = {
    "AIP_PACIENTES": {
        **_same("NOME NOME_MAE NOME_PAI NOME_SOCIAL", "name"),
        **_same(
            "DT_NASCIMENTO DT_IDENTIFICACAO DATA_VALIDADE_CNH DT_OBITO DT_ULT_INTERNACAO "
            "DT_ULT_ALTA DT_ULT_CONSULTA DT_ULT_PROCEDIMENTO DT_ULT_ATEND_HOSP_DIA "
            "DT_ULT_ALTA_HOSP_DIA DT_RECADASTRO DT_OBITO_EXTERNO CRIADO_EM",
            "date",
        ),
        **_same("NATURALIDADE", "address"),
        **_same("DDD_FONE_RESIDENCIAL FONE_RESIDENCIAL DDD_FONE_RECADO FONE_RECADO", "phone"),
        **_same("CPF NUMERO_PIS", "ssn"),
        **_same("CNH", "licence"),
        **_same("PRONTUARIO ID_SISTEMA_LEGADO", "mrn"),
        **_same("RG REG_NASCIMENTO", "other_id"),
        **_same("OBSERVACAO", "free_text"),
        **_same("NRO_CARTAO_SAUDE", "health_plan"),
    },
    "AIP_ENDERECOS_PACIENTES": {
        **_same(
            "BCL_CLO_CEP LOGRADOURO NRO_LOGRADOURO COMPL_LOGRADOURO BAIRRO CIDADE CEP", "address"
        ),
    },
    "AGH_ATENDIMENTOS": {
        **_same(
            "DTHR_INICIO DTHR_FIM DTHR_ULT_IMPR_SUMR_PRESCR DCA_BOL_DATA DTHR_INGRESSO_UNIDADE",
            "date",
        ),
        **_same("PRONTUARIO", "mrn"),
        **_same("DCA_BOL_NUMERO", "other_id"),
    },
    "AIN_INTERNACOES": {
        **_same(
            "DTHR_INTERNACAO DT_PREV_ALTA DTHR_ALTA_MEDICA DT_SAIDA_PACIENTE "
            "DTHR_PRIMEIRO_EVENTO DTHR_ULTIMO_EVENTO DTHR_AVISO_SAMIS DTHR_PRONTUARIO_BUSCADO",
            "date",
        ),
        **_same("DOC_OBITO", "other_id"),
    },
    "AAC_CONSULTAS": {
        **_same("DT_CONSULTA CRIADO_EM ALTERADO_EM DTHR_INICIO DTHR_FIM DTHR_MARCACAO", "date"),
        **_same("COD_CENTRAL COD_CENTRAL_SOL", "other_id"),
    },
    "MAM_RECEITUARIOS": {
        **_same("OBSERVACAO", "free_text"),
        **_same("DTHR_CRIACAO DTHR_VALIDA DTHR_MVTO DTHR_VALIDA_MVTO", "date"),
    },
    "MAM_ITEM_RECEITUARIOS": {
        **_same("FORMA_USO", "free_text"),
    },
    "MAM_ANAMNESES": {
        **_same("DTHR_CRIACAO DTHR_VALIDA DTHR_MVTO DTHR_VALIDA_MVTO", "date"),
    },
    "MAM_ITEM_ANAMNESES": {
        **_same("DESCRICAO", "free_text"),
    },
    "MAM_EVOLUCOES": {
        **_same("DTHR_CRIACAO DTHR_VALIDA DTHR_MVTO DTHR_VALIDA_MVTO", "date"),
    },
    "MAM_ITEM_EVOLUCOES": {
        **_same("DESCRICAO", "free_text"),
    },
    "MPM_PRESCRICAO_MEDICAS": {
        **_same(
            "DT_REFERENCIA CRIADO_EM DTHR_INICIO DTHR_FIM DTHR_INICIO_MVTO_PENDENTE "
            "DTHR_MOVIMENTO DTHR_INICIO_UK DATA_IMP_SUMARIO",
            "date",
        ),
    },
    "AEL_SOLICITACAO_EXAMES": {
        **_same("CRIADO_EM", "date"),
        **_same("INFORMACOES_CLINICAS", "free_text"),
        **_same("LOCALIZADOR", "other_id"),
    },
    "AEL_ITEM_SOLICITACAO_EXAMES": {
        **_same(
            "DTHR_PROGRAMADA DATA_IMP_SUMARIO DTHR_LIBERADA DTHR_ETIOLOGIA DTHR_MSG_CX_POSTAL",
            "date",
        ),
        **_same("NUMERO_AP NUMERO_AP_ORIGEM PAC_ORU_ACC_NUMBER", "other_id"),
    },
}


PHI["godata"] = {
    "person": {
        **_same(
            "createdAt updatedAt dbUpdatedAt deletedAt dob addresses_date dateOfReporting "
            "dateOfLastContact dateOfInfection dateOfOnset dateBecomeCase dateRanges_startDate "
            "dateRanges_endDate classificationHistory_startDate classificationHistory_endDate "
            "followUpHistory_startDate followUpHistory_endDate dateOfOutcome dateOfBurial "
            "dateBecomeContact followUp_originalStartDate followUp_startDate followUp_endDate "
            "date vaccinesReceived_date",
            "date",
        ),
        **_same("visualId", "mrn"),
        **_same("firstName middleName lastName", "name"),
        **_same("description dateRanges_comments", "free_text"),
        **_same("documents_number", "ssn"),
        **_same(
            "addresses_city addresses_addressLine1 addresses_addressLine2 addresses_postalCode "
            "addresses_geoLocation_lat addresses_geoLocation_lng",
            "address",
        ),
        **_same("addresses_phoneNumber", "phone"),
    },
    "case": {
        **_same(
            "createdAt updatedAt dbUpdatedAt deletedAt dob addresses_date dateOfReporting "
            "dateOfLastContact dateOfInfection dateOfOnset dateBecomeCase dateRanges_startDate "
            "dateRanges_endDate classificationHistory_startDate classificationHistory_endDate "
            "dateOfOutcome dateOfBurial vaccinesReceived_date",
            "date",
        ),
        **_same("visualId", "mrn"),
        **_same("firstName middleName lastName", "name"),
        **_same("documents_number", "ssn"),
        **_same(
            "addresses_city addresses_addressLine1 addresses_addressLine2 addresses_postalCode "
            "addresses_geoLocation_lat addresses_geoLocation_lng burialPlaceName",
            "address",
        ),
        **_same("addresses_phoneNumber", "phone"),
        **_same("dateRanges_comments riskReason", "free_text"),
        **_same("questionnaireAnswers", "other_id"),
    },
    "contact": {
        **_same(
            "createdAt updatedAt dbUpdatedAt deletedAt dob addresses_date dateOfReporting "
            "dateOfLastContact followUpHistory_startDate followUpHistory_endDate dateOfOutcome "
            "dateOfBurial dateBecomeContact followUp_originalStartDate followUp_startDate "
            "followUp_endDate vaccinesReceived_date",
            "date",
        ),
        **_same("visualId", "mrn"),
        **_same("firstName middleName lastName", "name"),
        **_same("documents_number", "ssn"),
        **_same(
            "addresses_city addresses_addressLine1 addresses_addressLine2 addresses_postalCode "
            "addresses_geoLocation_lat addresses_geoLocation_lng",
            "address",
        ),
        **_same("addresses_phoneNumber", "phone"),
        **_same("riskReason", "free_text"),
    },
    "contactOfContact": {
        **_same(
            "createdAt updatedAt dbUpdatedAt deletedAt dob addresses_date dateOfReporting "
            "dateOfLastContact followUpHistory_startDate followUpHistory_endDate dateOfOutcome "
            "dateOfBurial followUp_originalStartDate followUp_startDate followUp_endDate "
            "vaccinesReceived_date",
            "date",
        ),
        **_same("visualId", "mrn"),
        **_same("firstName middleName lastName", "name"),
        **_same("documents_number", "ssn"),
        **_same(
            "addresses_city addresses_addressLine1 addresses_addressLine2 addresses_postalCode "
            "addresses_geoLocation_lat addresses_geoLocation_lng",
            "address",
        ),
        **_same("addresses_phoneNumber", "phone"),
        **_same("riskReason", "free_text"),
    },
    "event": {
        **_same(
            "createdAt updatedAt dbUpdatedAt deletedAt dateOfReporting dateOfLastContact date "
            "vaccinesReceived_date address_date",
            "date",
        ),
        **_same("visualId", "other_id"),
        **_same("description", "free_text"),
        **_same(
            "address_city address_addressLine1 address_addressLine2 address_postalCode "
            "address_geoLocation_lat address_geoLocation_lng",
            "address",
        ),
        **_same("address_phoneNumber", "phone"),
    },
    "followUp": {
        **_same("createdAt updatedAt dbUpdatedAt deletedAt date address_date", "date"),
        **_same(
            "address_city address_addressLine1 address_addressLine2 address_postalCode "
            "address_geoLocation_lat address_geoLocation_lng fillLocation_geoLocation_lat "
            "fillLocation_geoLocation_lng",
            "address",
        ),
        **_same("address_phoneNumber", "phone"),
        **_same("comment", "free_text"),
    },
    "labResult": {
        **_same(
            "createdAt updatedAt dbUpdatedAt deletedAt dateSampleTaken dateSampleDelivered "
            "dateTesting dateOfResult",
            "date",
        ),
        **_same("sampleIdentifier", "other_id"),
        **_same("notes", "free_text"),
    },
    "relationship": {
        **_same("createdAt updatedAt dbUpdatedAt deletedAt contactDate dateOfFirstContact", "date"),
        **_same("socialRelationshipDetail comment", "free_text"),
    },
    "auditLog": {
        **_same("changedData_oldValue changedData_newValue", "other_id"),
    },
}

PHI["mcgh"] = {
    "admission_logs": {
        **_same("P_ID", "mrn"),
        **_same(
            "Pre_Vill Pre_PO Pre_Upa Pre_Dist Per_Vill Per_PO Per_Upa Per_Dist Emergency_Rel_Add",
            "address",
        ),
        **_same(
            "Admission_Date Admission_Timestamp Update_Timestamp Update_Date Discharge_Date "
            "Discharge_Timestamp",
            "date",
        ),
        **_same("Emergency_Number", "phone"),
    },
    "bed_invigilators": {
        **_same("Visit_Date Timestamp", "date"),
    },
    "dental_log": {
        **_same("Dental_Test_No", "other_id"),
        **_same("P_ID", "mrn"),
        **_same("Reg_Date Time_Stamp", "date"),
    },
    "dental_test_log": {
        **_same("Dental_Test_No", "other_id"),
        **_same("Time_Stamp", "date"),
    },
    "emergency_log": {
        **_same("Name Ref_Name", "name"),
        **_same("Ref_Cell_Number", "phone"),
        **_same("Reg_Date Time_Stamp", "date"),
    },
    "hospital_income_log": {
        **_same("Message", "mrn"),
        **_same("Entry_Date Entry_Time Time_Stamp", "date"),
    },
    "ot_logs": {
        **_same("P_ID", "mrn"),
        **_same("O_Date O_Time Timestamp", "date"),
    },
    "ot_schedules": {
        **_same("P_ID", "mrn"),
        **_same("Operation_Date Operation_Start_Time Time_Stamp", "date"),
    },
    "pathology_log": {
        **_same("Test_No", "other_id"),
        **_same("P_ID", "mrn"),
        **_same("Reg_Date Delivery_Date Time_Stamp", "date"),
    },
    "pathology_test_log": {
        **_same("Test_No", "other_id"),
        **_same("Time_Stamp", "date"),
    },
    "patients": {
        **_same("P_ID", "mrn"),
        **_same("Patient_Name", "name"),
        **_same("Cell_Number", "phone"),
        **_same("NID", "ssn"),
        **_same("Ad_Date Time_Stamp", "date"),
    },
    "patient_logs": {
        **_same("P_ID", "mrn"),
        **_same("Ap_Date Ap_Time Treatment_Date_Time Time_Stamp", "date"),
        **_same("Random_code", "other_id"),
    },
    "physio_log": {
        **_same("P_ID", "mrn"),
        **_same("Reg_Date Time_Stamp", "date"),
    },
    "release_logs": {
        **_same("Time_Stamp", "date"),
    },
}


PHI["aicoremed"] = {
    "audit_log": {
        **_same("detalle", "other_id"),
    },
    "auditoria_accesos": {
        **_same("detalle", "other_id"),
    },
    "conversaciones": {
        **_same("opt_out_at ultima_interaccion proximo_recordatorio created_at updated_at", "date"),
        **_same("ultimo_mensaje", "free_text"),
        **_same("contexto_ia", "other_id"),
    },
    "facturacion": {
        **_same("pagada_at created_at updated_at", "date"),
        **_same("observaciones", "free_text"),
    },
    "historial_medico": {
        **_same("descripcion diagnostico_descripcion", "free_text"),
        **_same("created_at updated_at", "date"),
    },
    "ia_logs": {
        **_same("prompt_truncado respuesta_truncada", "free_text"),
    },
    "mensajes": {
        **_same("contenido contenido_procesado template_params", "free_text"),
        **_same("twilio_sid", "other_id"),
        **_same("created_at", "date"),
    },
    "paciente_eventos": {
        **_same("descripcion", "free_text"),
        **_same("created_at", "date"),
    },
    "pacientes": {
        **_same("telefono", "phone"),
        **_same("email", "email"),
        **_same("nombre apellido", "name"),
        **_same("dni", "ssn"),
        **_same("fecha_nacimiento created_at updated_at deleted_at", "date"),
        **_same("direccion", "address"),
        **_same("numero_afiliado", "health_plan"),
        **_same("alergias medicacion_cronica notas_medicas", "free_text"),
    },
    "turnos": {
        **_same("fecha_hora created_at updated_at", "date"),
        **_same("motivo notas_paciente notas_medico", "free_text"),
        **_same("google_calendar_event_id", "other_id"),
    },
    "recetas": {
        **_same("indicaciones", "free_text"),
        **_same("fecha_inicio fecha_fin whatsapp_enviado_at created_at updated_at", "date"),
    },
    "tareas_pendientes": {
        **_same("descripcion", "free_text"),
        **_same("fecha_limite completada_at created_at updated_at", "date"),
    },
    "twilio_logs": {
        **_same("twilio_sid", "other_id"),
        **_same("created_at", "date"),
    },
}


PHI["rdrf"] = {
    "rdrf_questionnaireresponse": {
        **_same("date_submitted", "date"),
    },
    "rdrf_notification": {
        **_same("message", "free_text"),
    },
    "rdrf_emailnotificationhistory": {
        **_same("date_stamp", "date"),
        **_same("template_data", "other_id"),
    },
    "rdrf_rdrfcontext": {
        **_same("created_at last_updated display_name", "date"),
    },
    "rdrf_clinicaldata": {
        **_same("data", "other_id"),
    },
    "rdrf_filestorage": {
        **_same("data", "other_id"),
    },
    "groups_customuser": {
        **_same("username", "other_id"),
        **_same("first_name last_name", "name"),
        **_same("email", "email"),
        **_same("date_joined", "date"),
    },
    "patients_patient": {
        **_same(
            "family_name given_names maiden_name next_of_kin_family_name next_of_kin_given_names",
            "name",
        ),
        **_same("umrn", "mrn"),
        **_same("date_of_birth date_of_death date_of_migration", "date"),
        **_same(
            "place_of_birth next_of_kin_address next_of_kin_suburb next_of_kin_postcode "
            "next_of_kin_parent_place_of_birth",
            "address",
        ),
        **_same(
            "home_phone mobile_phone work_phone next_of_kin_home_phone next_of_kin_mobile_phone "
            "next_of_kin_work_phone",
            "phone",
        ),
        **_same("email next_of_kin_email", "email"),
    },
    "patients_parentguardian": {
        **_same("first_name last_name", "name"),
        **_same("date_of_birth date_of_migration", "date"),
        **_same("place_of_birth address suburb postcode", "address"),
        **_same("phone", "phone"),
    },
    "patients_patientaddress": {
        **_same("address suburb postcode", "address"),
    },
    "patients_patientrelative": {
        **_same("family_name given_names", "name"),
        **_same("date_of_birth", "date"),
    },
    "patients_consentvalue": {
        **_same("first_save last_update", "date"),
    },
    "rdrf_surveyassignment": {
        **_same("patient_token response", "other_id"),
        **_same("created updated", "date"),
    },
    "rdrf_surveyrequest": {
        **_same("patient_token response", "other_id"),
        **_same("created updated", "date"),
    },
}

PHI["motech"] = {
    "mother_case": {
        **_same("case_name husband_name mother_name", "name"),
        **_same(
            "date_modified server_date_modified mother_dob add date_next_bp date_next_cf "
            "date_next_eb date_next_pnc edd lmp date_cf_1 date_cf_2 date_cf_3 date_cf_4 "
            "date_cf_5 date_cf_6 date_eb_1 date_eb_2 date_eb_3 date_eb_4 date_eb_5 date_eb_6 "
            "date_pnc_1 date_pnc_2 date_pnc_3 tt_booster_date anc_1_date anc_2_date anc_3_date "
            "anc_4_date date_bp_1 date_bp_2 date_bp_3 date_last_visit ifa_tablets_100 tt_1_date "
            "tt_2_date migrate_out_date date_cf_7 date_del_fu date_next_reg dob closed_on "
            "creation_time last_modified_time",
            "date",
        ),
        **_same("family_number hh_number", "other_id"),
        **_same("mobile_number", "phone"),
        **_same("ward_number", "address"),
    },
    "child_case": {
        **_same("case_name name", "name"),
        **_same(
            "date_modified server_date_modified bcg_date dob dpt_1_date dpt_2_date dpt_3_date "
            "hep_b_0_date hep_b_1_date hep_b_2_date hep_b_3_date measles_date opv_0_date "
            "opv_1_date opv_2_date opv_3_date vit_a_1_date dpt_booster_date opv_booster_date "
            "date_je date_measles_booster time_of_birth vit_a_2_date vit_a_3_date closed_on "
            "creation_time last_modified_time",
            "date",
        ),
    },
    "new_form": {
        **_same(
            "time_end time_start date_modified server_date_modified date_last_visit "
            "date_next_reg mother_dob dob creation_time",
            "date",
        ),
        **_same("case_name husband_name mother_name full_name", "name"),
        **_same("family_number hh_number", "other_id"),
    },
    "registration_mother_form": {
        **_same(
            "time_end time_start date_modified server_date_modified add date_last_visit "
            "date_next_bp date_next_cf date_next_eb date_next_pnc edd lmp mother_dob child_dob "
            "dob_est edd_calc lmp_calc creation_time",
            "date",
        ),
        **_same("mobile_number", "phone"),
        **_same("other_district other_village which_village", "address"),
    },
    "registration_child_form": {
        **_same(
            "time_end time_start date_modified server_date_modified bcg_date dob dpt_1_date "
            "dpt_2_date dpt_3_date hep_b_0_date hep_b_1_date hep_b_2_date hep_b_3_date "
            "measles_date opv_0_date opv_1_date opv_2_date opv_3_date vit_a_1_date creation_time",
            "date",
        ),
        **_same("case_name child_name", "name"),
    },
    "bp_form": {
        **_same(
            "time_end time_start date_modified server_date_modified anc_latest_date anc1_date "
            "anc2_date anc3_date anc4_date tt1_date tt2_date tt_booster_date anc_1_date "
            "anc_2_date anc_3_date anc_4_date date_bp_1 date_bp_2 date_bp_3 date_last_visit "
            "date_next_bp ifa_tablets_100 tt_1_date tt_2_date del_fup creation_time",
            "date",
        ),
    },
    "pnc_mother_form": {
        **_same(
            "time_end time_start date_modified server_date_modified addval date_death "
            "date_iud_adopted date_last_visit date_next_eb date_next_pnc date_next_cf date_pnc_1 "
            "date_pnc_2 date_pnc_3 date_tl_adopted creation_time",
            "date",
        ),
        **_same("place_death", "address"),
    },
    "pnc_child_form": {
        **_same(
            "time_end time_start date_modified server_date_modified chld_date_death creation_time",
            "date",
        ),
        **_same("child_place_death", "address"),
    },
    "ebf_mother_form": {
        **_same(
            "time_end time_start date_modified server_date_modified addval date_eb_1 date_eb_2 "
            "date_eb_3 date_eb_4 date_eb_5 date_eb_6 date_iud_adopted date_last_inj "
            "date_last_visit date_next_cf date_next_eb next_inj_calc date_tl_adopted "
            "creation_time",
            "date",
        ),
    },
    "ebf_child_form": {
        **_same(
            "time_end time_start date_modified server_date_modified bcg_date dpt_1_date "
            "dpt_2_date dpt_3_date hep_b_0_date hep_b_1_date hep_b_2_date hep_b_3_date "
            "opv_0_date opv_1_date opv_2_date opv_3_date creation_time",
            "date",
        ),
        **_same("case_name child_name", "name"),
    },
    "cf_mother_form": {
        **_same(
            "time_end time_start date_modified server_date_modified date_cf_1 date_cf_2 "
            "date_cf_3 date_cf_4 date_cf_5 date_cf_6 date_last_visit date_next_cf date_cf_7 "
            "creation_time",
            "date",
        ),
    },
    "cf_child_form": {
        **_same(
            "time_end time_start date_modified server_date_modified bcg_date dpt_1_date "
            "dpt_2_date dpt_3_date hep_b_0_date hep_b_1_date hep_b_2_date hep_b_3_date "
            "measles_date opv_0_date opv_1_date opv_2_date opv_3_date vit_a_1_date date_je "
            "date_measles_booster dpt_booster_date opv_booster_date vit_a_3_date vit_a_2_date "
            "creation_time",
            "date",
        ),
        **_same("case_name new_name", "name"),
    },
    "delivery_mother_form": {
        **_same(
            "time_end time_start date_modified server_date_modified add date_del_fu "
            "date_last_visit date_next_cf date_next_eb date_next_pnc date_death notified "
            "creation_time jsy_money_date discharge_date discharge_time",
            "date",
        ),
        **_same("other_district other_village place_death which_village", "address"),
    },
    "delivery_child_form": {
        **_same(
            "time_end time_start date_modified server_date_modified bcg_date dob hep_b_0_date "
            "opv_0_date time_of_birth chld_date_death date_first_weight date_time_feed "
            "creation_time",
            "date",
        ),
        **_same("case_name child_name", "name"),
        **_same("child_place_death", "address"),
    },
    "death_mother_form": {
        **_same(
            "time_end time_start date_modified server_date_modified date_death creation_time",
            "date",
        ),
        **_same("place_death", "address"),
    },
    "death_child_form": {
        **_same(
            "time_end time_start date_modified server_date_modified chld_date_death creation_time",
            "date",
        ),
        **_same("child_place_death", "address"),
    },
    "close_mother_form": {
        **_same(
            "time_end time_start date_modified server_date_modified date_learned date_left "
            "date_death creation_time",
            "date",
        ),
        **_same("place_death", "address"),
    },
    "close_child_form": {
        **_same(
            "time_end time_start date_modified server_date_modified date_death creation_time",
            "date",
        ),
        **_same("place_death", "address"),
    },
    "refer_mother_form": {
        **_same("time_end time_start date_modified server_date_modified creation_time", "date"),
    },
    "refer_child_form": {
        **_same("time_end time_start date_modified server_date_modified creation_time", "date"),
    },
    "ui_mother_form": {
        **_same(
            "time_end time_start date_modified server_date_modified tt_1_date tt_2_date "
            "tt_booster_date creation_time",
            "date",
        ),
    },
    "ui_child_form": {
        **_same(
            "time_end time_start date_modified server_date_modified bcg_date dpt_1_date "
            "dpt_2_date dpt_3_date dpt_booster_date hep_b_0_date hep_b_1_date hep_b_2_date "
            "hep_b_3_date measles_date opv_0_date opv_1_date opv_2_date opv_3_date "
            "opv_booster_date vit_a_1_date date_je date_measles_booster vit_a_2_date "
            "vit_a_3_date creation_time",
            "date",
        ),
    },
    "abort_form": {
        **_same(
            "time_end time_start date_modified server_date_modified date_aborted creation_time",
            "date",
        ),
    },
    "mo_form": {
        **_same(
            "time_end time_start date_modified server_date_modified migrate_out_date "
            "date_learned date_left creation_time",
            "date",
        ),
        **_same("name", "name"),
    },
    "mi_form": {
        **_same(
            "time_end time_start date_modified server_date_modified date_arrived date_learned "
            "date_of_delivery date_aborted creation_time date_del_fu",
            "date",
        ),
        **_same("name", "name"),
    },
    "move_beneficiary_form": {
        **_same("time_end time_start date_modified server_date_modified creation_time", "date"),
        **_same("new_ward", "address"),
    },
    "mother_edit_form": {
        **_same(
            "time_end time_start date_modified server_date_modified creation_time mother_dob",
            "date",
        ),
        **_same("case_name mother_name husband_name", "name"),
        **_same("hh_number family_number mcts_id full_mcts_id", "other_id"),
        **_same("mobile_number", "phone"),
        **_same("ward_number", "address"),
        **_same("aadhar_number", "ssn"),
    },
    "aww_reg_child_form": {
        **_same("time_start time_end date_modified server_date_modified creation_time dob", "date"),
        **_same("child_name", "name"),
        **_same("child_mcts_id full_child_mcts_id", "other_id"),
    },
    "aww_reg_mother_form": {
        **_same(
            "time_start time_end date_modified server_date_modified creation_time dob dob_entered",
            "date",
        ),
        **_same("father_name mother_name", "name"),
        **_same("hh_number family_number mcts_id full_mcts_id", "other_id"),
        **_same("ward_number", "address"),
        **_same("aadhar_number", "ssn"),
        **_same("mobile_number", "phone"),
    },
    "aww_growth_monitoring_1_child_form": {
        **_same(
            "date_modified server_date_modified time_start time_end creation_time "
            "current_weight_date last_weight_date dob",
            "date",
        ),
    },
    "aww_growth_monitoring_2_child_form": {
        **_same(
            "date_modified server_date_modified time_start time_end creation_time "
            "current_weight_date last_weight_date dob",
            "date",
        ),
    },
    "aww_thr_mother_form": {
        **_same(
            "date_modified server_date_modified time_start time_end creation_time addval", "date"
        ),
        **_same("mother_name", "name"),
    },
    "aww_close_child_form": {
        **_same(
            "date_modified server_date_modified time_start time_end creation_time date_death dob",
            "date",
        ),
        **_same("place_death", "address"),
        **_same("child_name", "name"),
    },
    "aww_edit_child_form": {
        **_same(
            "time_start time_end date_modified server_date_modified creation_time new_child_dob",
            "date",
        ),
        **_same("new_child_name", "name"),
    },
    "aww_update_vaccinations_child_form": {
        **_same(
            "date_modified server_date_modified time_start time_end creation_time bcg_date "
            "opv_0_date opv_1_date opv_2_date opv_3_date opv_booster_date dpt_1_date dpt_2_date "
            "dpt_3_date dpt_booster_date hep_b_0_date hep_b_1_date hep_b_2_date hep_b_3_date "
            "measles_date date_measles_booster vit_a_1_date vit_a_2_date vit_a_3_date date_je "
            "dob",
            "date",
        ),
        **_same("child_name", "name"),
    },
    "aww_thr_child_form": {
        **_same("time_start time_end date_modified server_date_modified creation_time", "date"),
        **_same("child_name mother_name", "name"),
    },
    "growth_monitoring_child_form": {
        **_same("date_modified server_date_modified time_start time_end creation_time dob", "date"),
    },
    "aww_preschool_activities_child_form": {
        **_same("date_modified server_date_modified time_start time_end creation_time", "date"),
    },
}

PHI["mainzcdw"] = {
    "p21_encounter": {
        **_same("id", "other_id"),
        **_same("healthInsuranceNumber", "health_plan"),
        **_same(
            "monthBirth admissionDate dischargeDate startTreatmentPreinpatient "
            "endTreatmentInpatient",
            "date",
        ),
        **_same("zipCode placeResidence", "address"),
        **_same("patientId", "mrn"),
    },
    "p21_diagnosis": {
        **_same("encounterId", "other_id"),
    },
    "p21_operation": {
        **_same("encounterId", "other_id"),
        **_same("opsDate", "date"),
    },
    "p21_department": {
        **_same("encounterId", "other_id"),
        **_same("admissionDate dischargeDate", "date"),
    },
    "management": {
        **_same("casenumber", "other_id"),
    },
    "nbew": {
        **_same("falnr", "other_id"),
        **_same("bwidt bwizt bwedt bwezt erdat updat stdat bwpdt bwpzt", "date"),
    },
    "ndia": {
        **_same("falnr", "other_id"),
        **_same("diadt diazt erdat updat stdat dia_valdt", "date"),
    },
    "nfal": {
        **_same("falnr", "other_id"),
        **_same("patnr", "mrn"),
        **_same("endat enddt erdat updat stdat begdt entim", "date"),
        **_same("einzg", "address"),
    },
    "nicp": {
        **_same("falnr", "other_id"),
        **_same("bgdop bztop eztop updat stdat endop", "date"),
    },
    "npat": {
        **_same("patnr rfpat", "mrn"),
        **_same("toddt todzt toddb todzb erdat updat stdat", "date"),
        **_same("pstlz gebie", "address"),
    },
    "nv_period": {
        **_same("patnr", "mrn"),
        **_same("falnr", "other_id"),
        **_same("declare_date period_begdt period_enddt erdat updat stdat", "date"),
        **_same("period_bem", "free_text"),
    },
    "screencov": {
        **_same("falnr", "other_id"),
        **_same("setdate settime insdat instim stdat sttim", "date"),
        **_same("patnr", "mrn"),
    },
    "observation": {
        **_same("ordernumber", "other_id"),
    },
    "observationreport": {
        **_same("patient", "mrn"),
        **_same("encounter fillerordernumberentity ordernumber", "other_id"),
        **_same("messagedatetime observationdatetime observationenddatetime", "date"),
    },
    "CO6_Medic_Data_Patient": {
        **_same("Name VNAME", "name"),
        **_same("GEB", "date"),
        **_same("PatID", "mrn"),
    },
    "CO6_Medic_Pressure": {
        **_same("EntryTime DateTimeTo", "date"),
    },
    "CO6_Data_Decimal_6_3": {
        **_same("EntryTime DateTimeTo", "date"),
    },
    "CO6_Data_Object": {
        **_same("EntryTime", "date"),
    },
    "CO6_Data_String": {
        **_same("EntryTime DateTimeTo", "date"),
        **_same("val", "free_text"),
    },
    "patient_management": {
        **_same("patid", "mrn"),
    },
}

PHI["simplereport"] = {
    "person": {
        **_same("created_at updated_at birth_date", "date"),
        **_same("first_name middle_name last_name", "name"),
        **_same("lookup_id", "mrn"),
        **_same("street city county postal_code", "address"),
        **_same("email emails", "email"),
        **_same("notes", "free_text"),
    },
    "patient_answers": {
        **_same("created_at updated_at ask_on_entry", "date"),
    },
    "test_event": {
        **_same("created_at updated_at survey_data date_tested_backdate", "date"),
        **_same("patient_data", "other_id"),
    },
    "test_order": {
        **_same("created_at updated_at date_tested date_tested_backdate timer_started_at", "date"),
    },
    "patient_link": {
        **_same("internal_id", "other_id"),
        **_same("created_at updated_at expires_at", "date"),
    },
    "time_of_consent": {
        **_same("created_at updated_at", "date"),
        **_same("patient_link_id", "other_id"),
    },
    "patient_link_failed_attempt": {
        **_same("patient_link_internal_id", "other_id"),
    },
    "phone_number": {
        **_same("number", "phone"),
        **_same("created_at updated_at", "date"),
    },
    "text_message_sent": {
        **_same("patient_link_internal_id twilio_message_id", "other_id"),
        **_same("created_at updated_at", "date"),
    },
    "text_message_status": {
        **_same("created_at updated_at", "date"),
    },
    "result": {
        **_same("created_at updated_at", "date"),
    },
    "test_event_metadata": {
        **_same("test_event_created_at test_event_updated_at", "date"),
    },
}

PHI["winninghdw"] = {
    "DC_BLGY_HZJBXX": {
        **_same("jzlsh zyh jkdabh", "other_id"),
        **_same("patid mjzh", "mrn"),
        **_same("sfzhm", "ssn"),
        **_same("jkkh", "health_plan"),
        **_same("hzxm gzdw lxrxm", "name"),
        **_same("csrq jdrqsj gxrqtimestr createtime gxrq", "date"),
        **_same("gzdwhm hzdhhm lxrhm", "phone"),
        **_same("dzsq dzx dzxz dzc dzmphm yzbm", "address"),
    },
    "DC_BLGY_JBJKXX": {
        **_same("jzlsh zyh", "other_id"),
        **_same("patid mjzh", "mrn"),
        **_same("hzxm", "name"),
        **_same("sfzhm", "ssn"),
        **_same("jkkh", "health_plan"),
        **_same("sxs grs yjs", "free_text"),
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_BLGY_JBJKXX_CRBS": {
        **_same("crbs", "free_text"),
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_BLGY_JBJKXX_GMS": {
        **_same("gms", "free_text"),
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_BLGY_JBJKXX_JBS": {
        **_same("jbs", "free_text"),
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_BLGY_JBJKXX_JZ_JZS": {
        **_same("jzs", "free_text"),
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_BLGY_JBJKXX_SSS": {
        **_same("sss", "free_text"),
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_BLGY_JBJKXX_HYS": {
        **_same("hys", "free_text"),
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_BLGY_JBJKXX_YFJZS": {
        **_same("yfjzs", "free_text"),
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_BLGY_WSSJZY": {
        **_same("jzlsh zyh", "other_id"),
        **_same("patid mjzh", "mrn"),
        **_same("hzxm", "name"),
        **_same("sfzhm", "ssn"),
        **_same("jmjkkh", "health_plan"),
        **_same("jzrqsj ryrqsj cyrqsj fbrqsj gxrqtimestr createtime gxrq", "date"),
        **_same("jzyy qtyxcz", "free_text"),
    },
    "DC_BLGY_WSSJZY_GYJW": {
        **_same("gjywyf ywblfy", "free_text"),
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_BLGY_WSSJZY_SSCZ": {
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_BLGY_WSSJZY_XYZD": {
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_BLGY_WSSJZY_ZYZD": {
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_BLGY_YLFYJL": {
        **_same("jzlsh zyh", "other_id"),
        **_same("patid mjzh", "mrn"),
        **_same("jkkh", "health_plan"),
        **_same("hzxm", "name"),
        **_same("sfzhm", "ssn"),
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_CYXJ_CYXJ": {
        **_same("jzlsh zyh", "other_id"),
        **_same("patid", "mrn"),
        **_same("jkkh", "health_plan"),
        **_same("hzxm lxrxm", "name"),
        **_same("sfzhm", "ssn"),
        **_same("hzdhhm lxrdhhm", "phone"),
        **_same("dzsq dzx dzxz dzc dzmphm yzbm", "address"),
        **_same("ryrq cyrq ssczksrq qmrq gxrqtimestr createtime gxrq", "date"),
        **_same("ryqk zyszgcjg ssgc zyjzff zyyyff zlgcms cyqk cyzztz cyyz", "free_text"),
    },
    "DC_CYXJ_CYXJ_CYXYZD": {
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_CYXJ_CYXJ_CYZYBH": {
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_CYXJ_CYXJ_CYZYBM": {
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_CYXJ_CYXJ_RYXYZD": {
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_CYXJ_CYXJ_RYZYBM": {
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_CYXJ_CYXJ_RYZYZH": {
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_CYXJ_CYXJ_YXFZJCJG": {
        **_same("yxfzjcjg", "free_text"),
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_JCJYJL_JCJL": {
        **_same("jzlsh zyh dzsqdbh jcbbh jcbgdbh", "other_id"),
        **_same("patid mjzh", "mrn"),
        **_same("hzxm", "name"),
        **_same("sfzhm", "ssn"),
        **_same("dhhm", "phone"),
        **_same("zdrq zzksrqsj zztzrqsj jcrq jcbgrq gxrqtimestr createtime gxrq", "date"),
        **_same("zs zzms zlgcms jcbgjg_kgsj jcbgjg_zgts jcbgbz", "free_text"),
    },
    "DC_JCJYJL_JCJL_JCXM": {
        **_same("bbcyrqsj jsbbrqsj gxrqtimestr createtime gxrq", "date"),
    },
    "DC_JCJYJL_JCJL_SS": {
        **_same("czffms mzgcjg", "free_text"),
        **_same("czrqsj gxrqtimestr createtime gxrq", "date"),
    },
    "DC_JCJYJL_JYJL": {
        **_same("jzlsh zyh dzsqdbh jybbh jybgdbh", "other_id"),
        **_same("patid mjzh", "mrn"),
        **_same("hzxm", "name"),
        **_same("sfzhm", "ssn"),
        **_same("dhhm", "phone"),
        **_same("jyjsqmsj jyysqmsj jyrq jybgrq shysqmsj gxrqtimestr createtime gxrq", "date"),
        **_same("jybgjg jybgbz", "free_text"),
    },
    "DC_JCJYJL_JYJL_JYXM": {
        **_same("bbcyrqsj jsbbrqsj gxrqtimestr createtime gxrq", "date"),
    },
    "DC_JCJYJL_JYJL_ZDXX": {
        **_same("zdrq gxrqtimestr createtime gxrq", "date"),
    },
    "DC_MJZBL_JZLGBL": {
        **_same("jzlsh zyh dzsqdbh", "other_id"),
        **_same("patid mjzh", "mrn"),
        **_same("hzxm", "name"),
        **_same("sfzhm", "ssn"),
        **_same(
            "csrq jzrqsj srgcsrq yzklrq yzshrq yzzxrq yzjhjsrq yzqxrq qjksrq qjjsrq jlrqsj "
            "gxrqtimestr createtime gxrq",
            "date",
        ),
        **_same("zs xbs jws tgjc zyszgcjg fzjcjg bzyj yzbzxx jzlgbcjl jzqjjl zysx", "free_text"),
    },
    "DC_MJZBL_JZLGBL_GMS": {
        **_same("gms", "free_text"),
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_MJZBL_JZLGBL_SSCZ": {
        **_same("ssjczff", "free_text"),
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_MJZBL_MJZBL": {
        **_same("jzlsh zyh dzsqdbh", "other_id"),
        **_same("mjzh patid", "mrn"),
        **_same("hzxm", "name"),
        **_same("sfzhm", "ssn"),
        **_same("csrq jzrqsj gxrqtimestr createtime gxrq", "date"),
        **_same("zs xbs zyszgcjg bzyj", "free_text"),
    },
    "DC_MJZBL_MJZBL_FZJCXM": {
        **_same("fzjcjg", "free_text"),
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_MJZBL_MJZBL_GMS": {
        **_same("gms", "free_text"),
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_MJZBL_MJZBL_GWS": {
        **_same("jws", "free_text"),
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_MJZBL_MJZBL_XYZD": {
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_MJZBL_MJZBL_YBTGJCJG": {
        **_same("tgjc", "free_text"),
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_MJZBL_MJZBL_YZMX": {
        **_same("yzbzxx", "free_text"),
        **_same("yzklrq yzshrq yzzxrq yzqxrq gxrqtimestr createtime gxrq", "date"),
    },
    "DC_MJZBL_MJZBL_ZYBM": {
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_MJZBL_MJZBL_ZYZH": {
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_MJZCF_XYCF": {
        **_same("jzlsh cfxh", "other_id"),
        **_same("patid mjzh", "mrn"),
        **_same("hzxm", "name"),
        **_same("sfzhm", "ssn"),
        **_same("cfklrq shyjsqmsj cftpsj cfhdsj cffysj gxrqtimestr createtime gxrq", "date"),
    },
    "DC_MJZCF_XYCF_YYMX": {
        **_same("cfbzxx", "free_text"),
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_MJZCF_ZYCF": {
        **_same("jzlsh cfxh", "other_id"),
        **_same("patid mjzh", "mrn"),
        **_same("hzxm", "name"),
        **_same("sfzhm", "ssn"),
        **_same("cfklrq gxrqtimestr createtime gxrq", "date"),
        **_same("cfbzxx", "free_text"),
    },
    "DC_MJZCF_ZYCF_CFMX": {
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_MJZCF_ZYCF_ZYYPCF": {
        **_same("zyypjzf zyyyff", "free_text"),
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_RYJL_JBXX": {
        **_same("zyh jzlsh", "other_id"),
        **_same("patid", "mrn"),
        **_same("hzxm bscszxm", "name"),
        **_same("sfzhm", "ssn"),
        **_same("dzsq dzx dzxz dzc dzmphm", "address"),
        **_same("ryrq czrq xzzdrq qzrq bzrq gxrqtimestr createtime gxrq", "date"),
        **_same(
            "zs xbs jbs crbs yfjzs sss sxs gms grs hys yjs jzs tjybjg tjplmjg tjqblbjg tjtbqgjg "
            "tjjbjg tjxbjg tjfbjg tjgmzzjg tjwszqjg tjjzjg tjszjg tjsjxtjg zkqk fzjcjg zyszgcjg",
            "free_text",
        ),
    },
    "DC_RYJL_RCYJL": {
        **_same("jzlsh zyh", "other_id"),
        **_same("patid", "mrn"),
        **_same("hzxm bscszxm", "name"),
        **_same("sfzhm", "ssn"),
        **_same("dzsq dzx dzxz dzc dzmphm", "address"),
        **_same("ryrq cyrq cyyzklrq gxrqtimestr createtime gxrq", "date"),
        **_same("zs xbs ryqk zzms zlgcms cyqk cyyz", "free_text"),
    },
    "DC_RYJL_RCYJL_CYXYZD": {
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_RYJL_RCYJL_CYZYZD": {
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_RYJL_RCYJL_RYXYZD": {
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_RYJL_RCYJL_RYZYZD": {
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_RYJL_RCYJL_ZYSZGCJG": {
        **_same("zyszgcjg", "free_text"),
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_RYJL_RYSWJL": {
        **_same("jzlsh zyh", "other_id"),
        **_same("patid", "mrn"),
        **_same("hzxm bscszxm", "name"),
        **_same("sfzhm", "ssn"),
        **_same("dzsq dzx dzxz dzc dzmphm", "address"),
        **_same("ryrq swrq gxrqtimestr createtime gxrq", "date"),
        **_same("ryqk zlgcms swyy", "free_text"),
    },
    "DC_RYJL_RYSWJL_RYXYZD": {
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_RYJL_RYSWJL_RYZYZD": {
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_RYJL_RYSWJL_SWXYZD": {
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_RYJL_RYSWJL_SWZYZD": {
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
    "DC_RYJL_RYSWJL_ZYSZGCJG": {
        **_same("zyszgcjg", "free_text"),
        **_same("gxrqtimestr createtime gxrq", "date"),
    },
}

PHI["hes"] = {
    "hes_apc": {
        **_same(
            "ADMIDATE DETNDATE DISDATE DISREADYDATE ELECDATE EPIEND EPISTART MYDOB OPDATE_01 "
            "OPDATE_02 OPDATE_03 OPDATE_04 OPDATE_05 OPDATE_06 OPDATE_07 OPDATE_08 OPDATE_09 "
            "OPDATE_10 OPDATE_11 OPDATE_12 OPDATE_13 OPDATE_14 OPDATE_15 OPDATE_16 OPDATE_17 "
            "OPDATE_18 OPDATE_19 OPDATE_20 OPDATE_21 OPDATE_22 OPDATE_23 OPDATE_24 RTTPEREND "
            "RTTPERSTART admission_month",
            "date",
        ),
        **_same(
            "AT_RESIDENCE CANNET CCG_RESIDENCE CURRWARD_ONS LSOA01 LSOA11 MSOA01 MSOA11 OACODE11 "
            "RESLADST_ONS",
            "address",
        ),
        **_same("PROVSPNOPS", "other_id"),
        **_same("Token_Person_ID", "mrn"),
    },
    "hes_op": {
        **_same("APPTDATE DNADATE REQDATE", "date"),
        **_same("AT_RESIDENCE CANNET CCG_RESIDENCE LSOA01 LSOA11 OACODE11", "address"),
        **_same("Token_Person_ID", "mrn"),
    },
    "hes_ae": {
        **_same(
            "ARRIVALDATE ARRIVALTIME CONCLTIME DEPTIME INITTIME MYDOB TRETTIME arrival_month",
            "date",
        ),
        **_same(
            "CANNET CCG_RESIDENCE LSOA01 LSOA11 MSOA01 MSOA11 OACODE11 RESCTY_ONS RESLADST_ONS",
            "address",
        ),
        **_same("Token_Person_ID", "mrn"),
    },
    "hes_ecds": {
        **_same(
            "ARRIVAL_DATE ARRIVAL_MONTH ARRIVAL_TIME ASSESSMENT_DATE ASSESSMENT_TIME BIRTH_MONTH "
            "CONCLUSION_DATE CONCLUSION_TIME COSTING_PERIOD DECIDED_TO_ADMIT_DATE "
            "DECIDED_TO_ADMIT_TIME DEPARTURE_DATE DEPARTURE_TIME EXPIRY_DATE_1 EXPIRY_DATE_2 "
            "EXPIRY_DATE_3 EXPIRY_DATE_4 EXPIRY_TIME_1 EXPIRY_TIME_2 EXPIRY_TIME_3 EXPIRY_TIME_4 "
            "INJURY_DATE INJURY_TIME INVESTIGATION_DATE_1 INVESTIGATION_DATE_10 "
            "INVESTIGATION_DATE_11 INVESTIGATION_DATE_12 INVESTIGATION_DATE_2 "
            "INVESTIGATION_DATE_3 INVESTIGATION_DATE_4 INVESTIGATION_DATE_5 INVESTIGATION_DATE_6 "
            "INVESTIGATION_DATE_7 INVESTIGATION_DATE_8 INVESTIGATION_DATE_9 INVESTIGATION_TIME_1 "
            "INVESTIGATION_TIME_10 INVESTIGATION_TIME_11 INVESTIGATION_TIME_12 "
            "INVESTIGATION_TIME_2 INVESTIGATION_TIME_3 INVESTIGATION_TIME_4 INVESTIGATION_TIME_5 "
            "INVESTIGATION_TIME_6 INVESTIGATION_TIME_7 INVESTIGATION_TIME_8 INVESTIGATION_TIME_9 "
            "PERIOD_END_DATE PERIOD_START_DATE REFERRAL_ASSESSMENT_DATE_1 "
            "REFERRAL_ASSESSMENT_DATE_2 REFERRAL_ASSESSMENT_DATE_3 REFERRAL_ASSESSMENT_DATE_4 "
            "REFERRAL_ASSESSMENT_TIME_1 REFERRAL_ASSESSMENT_TIME_2 REFERRAL_ASSESSMENT_TIME_3 "
            "REFERRAL_ASSESSMENT_TIME_4 SEEN_DATE SEEN_TIME SERVICE_REQUEST_DATE_1 "
            "SERVICE_REQUEST_DATE_2 SERVICE_REQUEST_DATE_3 SERVICE_REQUEST_DATE_4 "
            "SERVICE_REQUEST_TIME_1 SERVICE_REQUEST_TIME_2 SERVICE_REQUEST_TIME_3 "
            "SERVICE_REQUEST_TIME_4 START_DATE_1 START_DATE_2 START_DATE_3 START_DATE_4 "
            "START_TIME_1 START_TIME_2 START_TIME_3 START_TIME_4 TREATMENT_DATE_1 "
            "TREATMENT_DATE_10 TREATMENT_DATE_11 TREATMENT_DATE_12 TREATMENT_DATE_2 "
            "TREATMENT_DATE_3 TREATMENT_DATE_4 TREATMENT_DATE_5 TREATMENT_DATE_6 TREATMENT_DATE_7 "
            "TREATMENT_DATE_8 TREATMENT_DATE_9 TREATMENT_TIME_1 TREATMENT_TIME_10 "
            "TREATMENT_TIME_11 TREATMENT_TIME_12 TREATMENT_TIME_2 TREATMENT_TIME_3 "
            "TREATMENT_TIME_4 TREATMENT_TIME_5 TREATMENT_TIME_6 TREATMENT_TIME_7 TREATMENT_TIME_8 "
            "TREATMENT_TIME_9 arrival_month_of_year",
            "date",
        ),
        **_same(
            "ED_COUNTY_CODE ED_DISTRICT_CODE LSOA_2011 PATIENT_POSTCODE_DISTRICT RESIDENCE_CCG "
            "RESIDENCE_CCG_FROM_PATIENT_POSTCODE",
            "address",
        ),
        **_same("TOKEN_PERSON_ID", "mrn"),
    },
}

PHI["nbs"] = {
    "act_id": {
        **_same(
            "add_time last_chg_time record_status_time status_time valid_from_time valid_to_time",
            "date",
        ),
        **_same("root_extension_txt", "other_id"),
    },
    "act_relationship": {
        **_same("add_time from_time last_chg_time record_status_time status_time to_time", "date"),
    },
    "case_management": {
        **_same("ehars_id epi_link_id field_record_number ooj_number", "other_id"),
        **_same(
            "fld_foll_up_dispo_date fld_foll_up_exam_date fld_foll_up_expected_date "
            "init_foll_up_closed_date ooj_due_date surv_closed_date ooj_initg_agncy_outc_due_date "
            "ooj_initg_agncy_outc_snt_date ooj_initg_agncy_recd_date surv_assigned_date "
            "foll_up_assigned_date init_foll_up_assigned_date interview_assigned_date "
            "init_interview_assigned_date case_closed_date case_review_status_date",
            "date",
        ),
        **_same("subj_oth_idntfyng_info", "free_text"),
    },
    "clinical_document": {
        **_same(
            "activity_from_time activity_to_time add_time copy_from_time copy_to_time "
            "effective_from_time effective_to_time last_chg_time record_status_time status_time",
            "date",
        ),
        **_same("local_id", "other_id"),
        **_same("txt", "free_text"),
    },
    "cn_transportq_out": {
        **_same("message_payload notification_local_id public_health_case_local_id", "other_id"),
    },
    "confirmation_method": {
        **_same("confirmation_method_time", "date"),
    },
    "ct_contact": {
        **_same("local_id subject_entity_epi_link_id contact_entity_epi_link_id", "other_id"),
        **_same(
            "record_status_time add_time last_chg_time investigator_assigned_date "
            "disposition_date named_on_date symptom_onset_date evaluation_date "
            "treatment_start_date treatment_end_date",
            "date",
        ),
        **_same("txt symptom_txt risk_factor_txt evaluation_txt treatment_txt", "free_text"),
    },
    "ct_contact_answer": {
        **_same("last_chg_time record_status_time", "date"),
    },
    "ct_contact_attachment": {
        **_same("last_chg_time", "date"),
        **_same("attachment", "other_id"),
    },
    "ct_contact_note": {
        **_same("record_status_time add_time last_chg_time", "date"),
        **_same("note", "free_text"),
    },
    "edx_document": {
        **_same("payload original_payload", "other_id"),
        **_same("record_status_time add_time", "date"),
    },
    "edx_patient_match": {
        **_same("match_string match_string_hashcode", "other_id"),
    },
    "elr_activity_log": {
        **_same("filler_nbr", "other_id"),
        **_same("subject_nm", "name"),
    },
    "entity_id": {
        **_same(
            "add_time effective_from_time effective_to_time last_chg_time record_status_time "
            "status_time valid_from_time valid_to_time as_of_date",
            "date",
        ),
        **_same("root_extension_txt", "other_id"),
    },
    "entity_locator_participation": {
        **_same(
            "add_time from_time last_chg_time record_status_time status_time to_time as_of_date",
            "date",
        ),
        **_same("locator_desc_txt", "free_text"),
    },
    "geocoding_result": {
        **_same("add_time last_chg_time record_status_time", "date"),
        **_same(
            "firm_name street_addr1 street_addr2 city zip_cd cnty_cd house_number "
            "prefix_direction street_name street_type postfix_direction unit_number unit_type "
            "zip5_cd zip4_cd longitude latitude census_block_id segment_id",
            "address",
        ),
    },
    "intervention": {
        **_same(
            "activity_from_time activity_to_time add_time effective_from_time effective_to_time "
            "last_chg_time record_status_time status_time",
            "date",
        ),
        **_same("local_id", "other_id"),
        **_same("txt", "free_text"),
    },
    "interview": {
        **_same("interview_date record_status_time add_time last_chg_time", "date"),
        **_same("local_id", "other_id"),
    },
    "lab_event": {
        **_same(
            "result_rpt_dt specimen_analyzed_dt specimen_collection_dt "
            "suscep_specimen_collection_dt suscep_result_rpt_dt",
            "date",
        ),
        **_same(
            "lab_result_txt_val lab_result_comments suscep_lab_result_txt_val "
            "suscep_lab_result_comments",
            "free_text",
        ),
        **_same("accession_nbr suscep_accession_nbr", "other_id"),
    },
    "material": {
        **_same(
            "add_time effective_from_time effective_to_time last_chg_time record_status_time "
            "status_time",
            "date",
        ),
        **_same("local_id", "other_id"),
    },
    "message_log": {
        **_same("message_txt", "free_text"),
    },
    "nbs_act_entity": {
        **_same("add_time last_chg_time record_status_time", "date"),
    },
    "nbs_answer": {
        **_same("record_status_time last_chg_time", "date"),
    },
    "nbs_attachment": {
        **_same("last_chg_time", "date"),
        **_same("attachment", "other_id"),
    },
    "nbs_case_answer": {
        **_same("add_time last_chg_time record_status_time", "date"),
    },
    "nbs_document": {
        **_same("doc_payload local_id sending_app_event_id phdc_doc_derived", "other_id"),
        **_same("record_status_time add_time last_chg_time", "date"),
        **_same("txt", "free_text"),
        **_same("sending_app_patient_id", "mrn"),
    },
    "nbs_note": {
        **_same("record_status_time add_time last_chg_time", "date"),
        **_same("note", "free_text"),
    },
    "notification": {
        **_same(
            "activity_from_time activity_to_time add_time effective_from_time effective_to_time "
            "last_chg_time mmwr_week record_status_time rpt_sent_time status_time",
            "date",
        ),
        **_same("local_id message_txt", "other_id"),
        **_same("txt", "free_text"),
    },
    "obs_value_date": {
        **_same("from_time to_time", "date"),
    },
    "obs_value_txt": {
        **_same("value_image_txt", "other_id"),
        **_same("value_txt", "free_text"),
    },
    "observation": {
        **_same(
            "activity_from_time activity_to_time add_time effective_from_time effective_to_time "
            "last_chg_time record_status_time status_time rpt_to_state_time",
            "date",
        ),
        **_same("local_id", "other_id"),
        **_same("txt", "free_text"),
    },
    "participation": {
        **_same("add_time from_time last_chg_time record_status_time status_time to_time", "date"),
    },
    "patient_encounter": {
        **_same(
            "activity_from_time activity_to_time add_time effective_from_time effective_to_time "
            "last_chg_time record_status_time status_time",
            "date",
        ),
        **_same("local_id", "other_id"),
        **_same("txt", "free_text"),
    },
    "person": {
        **_same(
            "add_time age_calc_time age_reported_time birth_time birth_time_calc deceased_time "
            "last_chg_time record_status_time status_time as_of_date_admin as_of_date_ethnicity "
            "as_of_date_general as_of_date_morbidity as_of_date_sex group_time",
            "date",
        ),
        **_same("description", "free_text"),
        **_same("local_id", "mrn"),
        **_same("mothers_maiden_nm first_nm last_nm middle_nm preferred_nm", "name"),
        **_same(
            "hm_street_addr1 hm_street_addr2 hm_city_cd hm_city_desc_txt hm_zip_cd hm_cnty_cd "
            "wk_street_addr1 wk_street_addr2 wk_city_cd wk_city_desc_txt wk_zip_cd wk_cnty_cd "
            "birth_city_cd birth_city_desc_txt",
            "address",
        ),
        **_same("hm_phone_nbr cell_phone_nbr wk_phone_nbr", "phone"),
        **_same("hm_email_addr wk_email_addr", "email"),
        **_same("ssn", "ssn"),
        **_same("medicaid_num", "health_plan"),
        **_same("dl_num", "licence"),
        **_same("ehars_id", "other_id"),
    },
    "person_ethnic_group": {
        **_same("add_time last_chg_time record_status_time", "date"),
    },
    "person_merge": {
        **_same("record_status_time merge_time", "date"),
    },
    "person_name": {
        **_same(
            "add_time from_time last_chg_time record_status_time status_time to_time as_of_date",
            "date",
        ),
        **_same(
            "first_nm first_nm_sndx last_nm last_nm_sndx last_nm2 last_nm2_sndx middle_nm "
            "middle_nm2",
            "name",
        ),
    },
    "person_race": {
        **_same("add_time last_chg_time record_status_time as_of_date", "date"),
    },
    "physical_locator": {
        **_same("add_time last_chg_time record_status_time", "date"),
        **_same("image_txt", "photo"),
        **_same("locator_txt", "free_text"),
    },
    "postal_locator": {
        **_same("add_time last_chg_time record_status_time", "date"),
        **_same(
            "census_block_cd census_minor_civil_division_cd census_track_cd city_cd city_desc_txt "
            "cnty_cd cnty_desc_txt msa_congress_district_cd region_district_cd street_addr1 "
            "street_addr2 zip_cd census_tract",
            "address",
        ),
    },
    "public_health_case": {
        **_same(
            "activity_from_time activity_to_time add_time diagnosis_time effective_from_time "
            "effective_to_time last_chg_time mmwr_week outbreak_from_time outbreak_to_time "
            "record_status_time rpt_form_cmplt_time rpt_to_county_time rpt_to_state_time "
            "status_time investigator_assigned_time hospitalized_admin_time "
            "hospitalized_discharge_time deceased_time infectious_from_date infectious_to_date",
            "date",
        ),
        **_same("local_id coinfection_id", "other_id"),
        **_same("rpt_cnty_cd imported_city_desc_txt imported_county_cd", "address"),
        **_same("txt contact_inv_txt", "free_text"),
    },
    "referral": {
        **_same(
            "activity_from_time activity_to_time add_time effective_from_time effective_to_time "
            "last_chg_time record_status_time status_time",
            "date",
        ),
        **_same("local_id", "other_id"),
        **_same("reason_txt txt", "free_text"),
    },
    "role": {
        **_same(
            "add_time effective_from_time effective_to_time last_chg_time record_status_time "
            "status_time",
            "date",
        ),
    },
    "tele_locator": {
        **_same("add_time last_chg_time record_status_time", "date"),
        **_same("email_address", "email"),
        **_same("extension_txt phone_nbr_txt", "phone"),
        **_same("url_address", "url"),
    },
    "treatment": {
        **_same(
            "activity_from_time activity_to_time add_time last_chg_time record_status_time "
            "status_time",
            "date",
        ),
        **_same("local_id", "other_id"),
        **_same("txt", "free_text"),
    },
    "treatment_administered": {
        **_same("effective_from_time effective_to_time status_time", "date"),
    },
    "treatment_procedure": {
        **_same("effective_from_time effective_to_time status_time", "date"),
    },
    "updated_notification": {
        **_same("add_time last_chg_time status_time", "date"),
    },
    "workup": {
        **_same(
            "activity_from_time activity_to_time add_time assign_time disposition_time "
            "effective_from_time effective_to_time exposure_from_time exposure_to_time "
            "last_chg_time record_status_time status_time",
            "date",
        ),
        **_same("local_id", "other_id"),
        **_same("txt", "free_text"),
    },
}

PHI["datasus"] = {
    "chikonnet": {
        **_same("NU_NOTIFIC", "other_id"),
        **_same(
            "DT_NOTIFIC SEM_NOT DT_SIN_PRI SEM_PRI DT_NASC DT_INVEST DT_CHIK_S1 DT_CHIK_S2 "
            "DT_PRNT DT_SORO DT_NS1 DT_VIRAL DT_PCR DT_INTERNA DT_OBITO DT_ENCERRA DT_ALRM "
            "DT_GRAV DT_DIGITA DT_TRANSUS DT_TRANSDM DT_TRANSSM DT_TRANSRM DT_TRANSRS DT_TRANSSE",
            "date",
        ),
        **_same("NM_PACIENT FONETICA_N SOUNDEX NM_MAE_PAC", "name"),
        **_same("ID_CNS_SUS", "health_plan"),
        **_same(
            "ID_MN_RESI ID_RG_RESI ID_DISTRIT ID_BAIRRO NM_BAIRRO ID_LOGRADO NM_LOGRADO NU_NUMERO "
            "NM_COMPLEM ID_GEO1 ID_GEO2 NM_REFEREN NU_CEP COMUNINF CODISINF CO_BAINF NOBAIINF",
            "address",
        ),
        **_same("NU_DDD_TEL NU_TELEFON", "phone"),
        **_same("DS_OBS", "free_text"),
    },
    "coquenet": {
        **_same("NU_NOTIFIC", "other_id"),
        **_same(
            "DT_NOTIFIC SEM_NOT DT_SIN_PRI SEM_PRI DT_NASC DT_DIGITA DT_TRANSUS DT_TRANSDM "
            "DT_TRANSSM DT_TRANSRM DT_TRANSRS DT_TRANSSE DT_INVEST DT_ULT_DOS DT_CATARRA "
            "DT_INTERNA DT_ADM_ANT DT_COLETA DT_OBITO DT_ENCERRA",
            "date",
        ),
        **_same("NM_PACIENT FONETICA_N SOUNDEX NM_MAE_PAC NM_CONTATO", "name"),
        **_same("ID_CNS_SUS", "health_plan"),
        **_same(
            "ID_MN_RESI ID_RG_RESI ID_DISTRIT ID_BAIRRO NM_BAIRRO ID_LOGRADO NM_LOGRADO NU_NUMERO "
            "NM_COMPLEM ID_GEO1 ID_GEO2 NM_REFEREN NU_CEP END_CONTAT",
            "address",
        ),
        **_same("NU_DDD_TEL NU_TELEFON", "phone"),
    },
    "dengnet": {
        **_same("NU_NOTIFIC", "other_id"),
        **_same(
            "DT_NOTIFIC SEM_NOT DT_SIN_PRI SEM_PRI DT_NASC DT_INVEST DT_CHIK_S1 DT_CHIK_S2 "
            "DT_PRNT DT_SORO DT_NS1 DT_VIRAL DT_PCR DT_INTERNA DT_OBITO DT_ENCERRA DT_ALRM "
            "DT_GRAV DT_DIGITA DT_TRANSUS DT_TRANSDM DT_TRANSSM DT_TRANSRM DT_TRANSRS DT_TRANSSE",
            "date",
        ),
        **_same("NM_PACIENT FONETICA_N SOUNDEX NM_MAE_PAC", "name"),
        **_same("ID_CNS_SUS", "health_plan"),
        **_same(
            "ID_MN_RESI ID_RG_RESI ID_DISTRIT ID_BAIRRO NM_BAIRRO ID_LOGRADO NM_LOGRADO NU_NUMERO "
            "NM_COMPLEM ID_GEO1 ID_GEO2 NM_REFEREN NU_CEP COMUNINF CODISINF CO_BAINF NOBAIINF",
            "address",
        ),
        **_same("NU_DDD_TEL NU_TELEFON", "phone"),
        **_same("DS_OBS", "free_text"),
    },
    "famarnet": {
        **_same("NU_NOTIFIC", "other_id"),
        **_same(
            "DT_NOTIFIC SEM_NOT DT_SIN_PRI SEM_PRI DT_NASC DT_DIGITA DT_INFO_1 DT_INFO_2 "
            "DT_INFO_3 DT_TRANSUS DT_TRANSDM DT_TRANSSM DT_TRANSRM DT_TRANSRS DT_TRANSSE "
            "DT_INVEST DT_VACINA DT_INTERNA DT_COL_1 DT_COL_2 DT_COLETA DT_PTPCR DT_OBITO "
            "DT_ENCERRA",
            "date",
        ),
        **_same("NM_PACIENT FONETICA_N SOUNDEX NM_MAE_PAC", "name"),
        **_same("ID_CNS_SUS", "health_plan"),
        **_same(
            "ID_MN_RESI ID_RG_RESI ID_DISTRIT ID_BAIRRO NM_BAIRRO ID_LOGRADO NM_LOGRADO NU_NUMERO "
            "NM_COMPLEM ID_GEO1 ID_GEO2 NM_REFEREN NU_CEP CO_MUN_1 CO_MUN_2 CO_MUN_3 COMUNINF "
            "CODISINF CO_BAINFC NOBAIINF LOCALIDADE",
            "address",
        ),
        **_same("NU_DDD_TEL NU_TELEFON", "phone"),
    },
    "leptonet": {
        **_same("NU_NOTIFIC", "other_id"),
        **_same(
            "DT_NOTIFIC SEM_NOT DT_SIN_PRI SEM_PRI DT_NASC DT_DIGITA DT_TRANSUS DT_TRANSDM "
            "DT_TRANSSM DT_TRANSRM DT_TRANSRS DT_TRANSSE DT_INVEST CLI_DT_ATE ATE_DT_INT "
            "ATE_DT_ALT LAB_DT_1 LAB_DT_2 DTMICRO1 DTMICRO2 DTISOLA DTIMUNO DT_PCR DT_OBITO "
            "DT_ENCERRA DT_RISCO1 DT_RISCO2 DT_RISCO3 DT_RISCO4",
            "date",
        ),
        **_same("NM_PACIENT FONETICA_N SOUNDEX NM_MAE_PAC", "name"),
        **_same("ID_CNS_SUS", "health_plan"),
        **_same(
            "ID_MN_RESI ID_RG_RESI ID_DISTRIT ID_BAIRRO NM_BAIRRO ID_LOGRADO NM_LOGRADO NU_NUMERO "
            "NM_COMPLEM ID_GEO1 ID_GEO2 NM_REFEREN NU_CEP COMUNINF CODISINF CO_BAINFC NOBAIINF "
            "CO_MUN_R1 CO_MUN_R2 CO_MUN_R3 CO_MUN_R4 NO_END_R1 NO_END_R2 NO_END_R3 NO_END_R4 "
            "NO_LOC_R1 NO_LOC_R2 NO_LOC_R3 NO_LOC_R4",
            "address",
        ),
        **_same("NU_DDD_TEL NU_TELEFON", "phone"),
        **_same("DS_OBS", "free_text"),
    },
    "sih_rd_rdbr": {
        **_same("N_AIH INSC_PN", "other_id"),
        **_same("MES_CMPT NASC DI_INTER DT_SAIDA", "date"),
        **_same("CEP MUNICRES_ID", "address"),
    },
    "sim_dobr": {
        **_same("NUMERODO", "other_id"),
        **_same(
            "DTOBITO HORAOBITO DTNASC DTATESTADO DTINVESTIG DTCADASTRO DTRECEBIM DTCADINV DTCONINV",
            "date",
        ),
        **_same("NUMSUS", "health_plan"),
        **_same("CODMUNNATU_ID CODMUNRES_ID CODMUNOCOR_ID", "address"),
    },
    "sinasc_dnbr": {
        **_same("NUMERODN", "other_id"),
        **_same("CODMUNNASC_ID CODMUNRES_ID CODMUNNATU_ID", "address"),
        **_same("DTNASC HORANASC DTCADASTRO DTRECEBIM DTNASCMAE DTULTMENST DTDECLARAC", "date"),
    },
}

PHI["lbysvem"] = {
    "HASTA": {
        **_same("TC_KIMLIK_NO", "ssn"),
        **_same("AD SOYAD ANA_ADI BABA_ADI", "name"),
        **_same("DOGUM_TARIHI OLUM_TARIHI KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
        **_same("DOGUM_YERI ILCE_KODU ADRES", "address"),
        **_same("TELEFON CEP_TELEFON", "phone"),
        **_same("EMAIL", "email"),
        **_same("SIGORTA_NO", "health_plan"),
        **_same("PROTOKOL_NO", "mrn"),
    },
    "HASTA_ARSIV": {
        **_same("ARSIV_NUMARASI ESKI_ARSIV_NUMARASI", "mrn"),
        **_same("ACIKLAMA", "free_text"),
        **_same("ARSIV_ILK_GIRIS_TARIHI KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
    },
    "HASTA_BASVURU": {
        **_same("BASVURU_TARIHI CIKIS_TARIHI KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
        **_same("SIKAYET", "free_text"),
        **_same("TAKIP_NO", "other_id"),
    },
    "AMELIYAT": {
        **_same(
            "AMELIYAT_BASLAMA_ZAMANI AMELIYAT_BITIS_ZAMANI ANESTEZI_BASLAMA_ZAMANI "
            "ANESTEZI_BITIS_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI",
            "date",
        ),
        **_same("DEFTER_NUMARASI", "other_id"),
        **_same("ANESTEZI_NOTU", "free_text"),
    },
    "ANLIK_YATAN_HASTA": {
        **_same("YATIS_PROTOKOL_NUMARASI", "other_id"),
        **_same("YATIS_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
    },
    "ASI_BILGISI": {
        **_same("ASI_SORGU_NUMARASI", "other_id"),
        **_same("BILGI_ALINAN_KISI_AD_SOYADI", "name"),
        **_same("BILGI_ALINAN_KISI_TELEFON", "phone"),
        **_same(
            "ASI_YAPILMA_ZAMANI ASIE_ORTAYA_CIKIS_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI",
            "date",
        ),
        **_same("ACIKLAMA", "free_text"),
    },
    "BASVURU_TANI": {
        **_same("TANI_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
    },
    "BASVURU_YEMEK": {
        **_same("YEMEK_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
        **_same("ACIKLAMA", "free_text"),
    },
    "BEBEK_COCUK_IZLEM": {
        **_same("TOPUK_KANI_ALINMA_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
        **_same("BILGI_ALINAN_KISI_AD_SOYADI", "name"),
        **_same("BILGI_ALINAN_KISI_TELEFON", "phone"),
        **_same("ACIKLAMA", "free_text"),
    },
    "BILDIRIMI_ZORUNLU": {
        **_same(
            "BILDIRIM_ZAMANI OLAY_ZAMANI BELIRTILERIN_BASLADIGI_TARIH KAYIT_ZAMANI "
            "GUNCELLEME_ZAMANI",
            "date",
        ),
        **_same("EV_TELEFONU CEP_TELEFONU", "phone"),
        **_same("EV_ADRESI ILCE_KODU", "address"),
        **_same("ACIKLAMA", "free_text"),
    },
    "COCUK_DIYABET": {
        **_same(
            "ILK_TANI_TARIHI ESLIKEDEN_HASTALIK_TANI_TARIHI KAYIT_ZAMANI GUNCELLEME_ZAMANI",
            "date",
        ),
    },
    "DIS_TAAHHUT": {
        **_same("DIS_TAAHHUT_NUMARASI SGK_TAKIP_NUMARASI", "other_id"),
        **_same("CADDE_SOKAK DIS_KAPI_NUMARASI IC_KAPI_NUMARASI ILCE_KODU", "address"),
        **_same("EPOSTA_ADRESI", "email"),
        **_same("TELEFON_NUMARASI", "phone"),
        **_same("KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
    },
    "DISPROTEZ": {
        **_same(
            "DISPROTEZ_BASLAMA_TARIHI RPT_ZAMANI BARKOD_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI",
            "date",
        ),
        **_same("ACIKLAMA DISPROTEZ_ACIKLAMA", "free_text"),
    },
    "DIYABET": {
        **_same("ILK_TANI_TARIHI KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
    },
    "DOKTOR_MESAJI": {
        **_same("MESAJ_DETAYI", "free_text"),
        **_same("MESAJ_TARIHI KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
    },
    "EVDE_SAGLIK_IZLEM": {
        **_same("ACIKLAMA", "free_text"),
        **_same("KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
    },
    "FATURA": {
        **_same("FATURA_DONEMI FATURA_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
        **_same("FATURA_NUMARASI", "account"),
    },
    "GEBE_IZLEM": {
        **_same("SON_ADET_TARIHI KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
        **_same("ACIKLAMA", "free_text"),
    },
    "GETAT": {
        **_same("ACIKLAMA", "free_text"),
        **_same("KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
    },
    "HASTA_BORC": {
        **_same("KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
    },
    "HASTA_EPIKRIZ": {
        **_same("EPIKRIZ_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
        **_same("EPIKRIZ_BILGISI_ACIKLAMA", "free_text"),
    },
    "HASTA_FOTOGRAF": {
        **_same("FOTOGRAF_BILGISI", "photo"),
        **_same("ACIKLAMA", "free_text"),
        **_same("KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
    },
    "HASTA_GIZLILIK": {
        **_same("GORUNECEK_HASTA_ADI GORUNECEK_HASTA_SOYADI", "name"),
        **_same(
            "GIZLILIK_BASLAMA_ZAMANI GIZLILIK_BITIS_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI",
            "date",
        ),
        **_same("ACIKLAMA", "free_text"),
    },
    "HASTA_ILETISIM": {
        **_same(
            "BEYAN_ADRESI NVI_ADRES ADRES_NUMARASI ILCE_KODU BUCAK_KODU KOY_KODU MAHALLE_KODU "
            "CSBM_KODU DIS_KAPI_NUMARASI IC_KAPI_NUMARASI",
            "address",
        ),
        **_same("EV_TELEFONU CEP_TELEFONU IS_TELEFONU", "phone"),
        **_same("EPOSTA_ADRESI", "email"),
        **_same("KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
    },
    "HASTA_NOTLARI": {
        **_same("HASTA_NOT_ACIKLAMASI", "free_text"),
        **_same("KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
    },
    "HASTA_OLUM": {
        **_same("OLUM_ZAMANI TUTANAK_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
        **_same("ACIKLAMA", "free_text"),
        **_same("TESLIM_ALAN_TC_KIMLIK_NUMARASI", "ssn"),
        **_same("TESLIM_ALAN_ADI_SOYADI", "name"),
        **_same("TESLIM_ALAN_TELEFON_BILGISI", "phone"),
        **_same("TESLIM_ALAN_ADRESI", "address"),
    },
    "HASTA_SEANS": {
        **_same(
            "PLANLANAN_SEANS_TARIHI SEANS_BASLAMA_ZAMANI SEANS_BITIS_ZAMANI KAYIT_ZAMANI "
            "GUNCELLEME_ZAMANI",
            "date",
        ),
        **_same("ACIKLAMA", "free_text"),
    },
    "HASTA_SEVK": {
        **_same(
            "SEVK_TAKIP_NUMARASI MEDULA_E_SEVK_NUMARASI AMBULANS_PROTOKOL_NUMARASI",
            "other_id",
        ),
        **_same("SEVK_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
        **_same("SEVK_ACIKLAMA", "free_text"),
    },
    "HASTA_TIBBI_BILGI": {
        **_same("ACIKLAMA", "free_text"),
        **_same("KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
    },
    "HASTA_UYARI": {
        **_same(
            "HASTA_UYARI_BASLAMA_ZAMANI HASTA_UYARI_BITIS_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI",
            "date",
        ),
        **_same("ACIKLAMA", "free_text"),
    },
    "HASTA_VENTILATOR": {
        **_same(
            "VENTILATOR_BAGLAMA_ZAMANI VENTILATOR_AYRILMA_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI",
            "date",
        ),
    },
    "HASTA_VITAL_FIZIKI_BULGU": {
        **_same("ISLEM_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
    },
    "HASTA_YATAK": {
        **_same("YATIS_BASLAMA_ZAMANI YATIS_BITIS_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
    },
    "HEMOGLOBINOPATI": {
        **_same("ES_ADAYI_TC_KIMLIK_NUMARASI", "ssn"),
        **_same("ES_ADAYI_TELEFON_NUMARASI", "phone"),
        **_same("KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
    },
    "HEMSIRE_BAKIM": {
        **_same("HEMSIRE_DEGERLENDIRME_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
        **_same("HEMSIRE_DEGERLENDIRME_NOTU ACIKLAMA", "free_text"),
    },
    "INTIHAR_IZLEM": {
        **_same("ACIKLAMA", "free_text"),
        **_same("KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
    },
    "KADIN_IZLEM": {
        **_same("ACIKLAMA", "free_text"),
        **_same("KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
    },
    "KAN_BAGISCI": {
        **_same(
            "KAN_BAGIS_ZAMANI KAN_BAGIS_DEGERLENDIRME_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI",
            "date",
        ),
        **_same("ACIKLAMA REAKSIYON_ACIKLAMA UZMAN_DEGERLENDIRME", "free_text"),
        **_same("KIZILAY_IZIN_NUMARASI SEGMENT_NUMARASI", "other_id"),
    },
    "KAN_TALEP": {
        **_same(
            "KAN_TALEP_ZAMANI PLANLANAN_TRANSFUZYON_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI",
            "date",
        ),
        **_same("KAN_TALEP_ACIKLAMA KAN_ACIL_ACIKLAMA KAN_TALEP_OZEL_DURUM", "free_text"),
    },
    "KLINIK_SEYIR": {
        **_same("SEYIR_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
        **_same("SEYIR_BILGISI", "free_text"),
    },
    "KUDUZ_IZLEM": {
        **_same("ACIKLAMA", "free_text"),
        **_same("KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
    },
    "KURUL_RAPOR": {
        **_same(
            "RAPOR_ZAMANI RAPOR_BASLAMA_TARIHI RAPOR_BITIS_TARIHI KAYIT_ZAMANI GUNCELLEME_ZAMANI",
            "date",
        ),
        **_same(
            "ACIKLAMA LABORATUVAR_BULGU KURUL_RAPOR_MUAYENE_BULGUSU KURUL_TANI_BILGISI "
            "KURUL_RAPOR_KARARI",
            "free_text",
        ),
        **_same(
            "RAPOR_KARAR_NUMARASI RAPOR_SIRA_NUMARASI RAPOR_TAKIP_NUMARASI KURUL_RAPOR_NUMARASI",
            "other_id",
        ),
    },
    "LOHUSA_IZLEM": {
        **_same("GEBELIK_SONLANMA_TARIHI KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
        **_same("BILGI_ALINAN_KISI_AD_SOYADI", "name"),
        **_same("BILGI_ALINAN_KISI_TELEFON", "phone"),
        **_same("ACIKLAMA", "free_text"),
    },
    "MADDE_BAGIMLILIGI": {
        **_same(
            "DANISMA_TEDAVI_HIZMET_ZAMANI SON_IKAME_TEDAVI_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI",
            "date",
        ),
    },
    "MEDULA_TAKIP": {
        **_same("SGK_TAKIP_NUMARASI SGK_ILKTAKIP_NUMARASI BASVURU_NUMARASI", "other_id"),
        **_same("PROVIZYON_TARIHI FATURA_TESLIM_TARIHI KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
        **_same("TC_KIMLIK_NUMARASI", "ssn"),
    },
    "OBEZITE_IZLEM": {
        **_same("ILK_TANI_TARIHI KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
        **_same("ACIKLAMA", "free_text"),
    },
    "OPTIK_RECETE": {
        **_same("RECETE_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
    },
    "RECETE": {
        **_same("RECETE_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
        **_same(
            "DEFTER_NUMARASI MEDULA_E_RECETE_NUMARASI RENKLI_RECETE_NUMARASI SERI_NUMARASI "
            "SGK_TAKIP_NUMARASI",
            "other_id",
        ),
    },
    "SYS_PAKET": {
        **_same("VERI_PAKETI_NUMARASI GONDERILEN_PAKET_BILGISI", "other_id"),
    },
    "TIBBI_ORDER": {
        **_same("ORDER_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
        **_same("ACIKLAMA", "free_text"),
    },
    "VEZNE": {
        **_same("MAKBUZ_NUMARASI VEZNE_OZEL_NUMARASI MAKBUZ_SERI_NUMARASI", "account"),
        **_same("MAKBUZ_ZAMANI IPTAL_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI", "date"),
        **_same("ACIKLAMA", "free_text"),
        **_same("MAKBUZ_SAHIBI_ADRESI", "address"),
        **_same("FIRMA_ADI", "name"),
    },
    "HASTA_ADLI_RAPOR": {
        **_same(
            "RAPOR_ZAMANI RESMI_YAZI_TARIHI OLAY_ZAMANI MUAYENE_ZAMANI SON_CINSEL_ILISKI_TARIHI "
            "IPTAL_ZAMANI ADLI_RAPOR_ONAYLANMA_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI",
            "date",
        ),
        **_same("RESMI_YAZI_NUMARASI VUCUT_DIYAGRAMI", "other_id"),
        **_same(
            "ADLI_MUAYENE_EDILME_NEDENI ADLI_OLAY_OYKUSU SIKAYET OZGECMISI SOYGECMISI "
            "TIBBI_MUDAHALE UYGUN_SART_ACIKLAMA KONSULTASYON_BILGISI LEZYON_BULGULARI "
            "SISTEM_BULGULARI PSIKIYATRIK_MUAYENE PSIKIYATRIK_SONUC HIZMET_ACIKLAMA SEVK_ACIKLAMA "
            "ACIKLAMA HAMILELIK_OYKUSU_ACIKLAMA VENERYAL_HASTALIK_OYKUSU "
            "EMOSYONEL_HASTALIK_OYKUSU ADLI_MUAYENE_NOTU MUAYENEDEKI_KISI_ACIKLAMA",
            "free_text",
        ),
        **_same("TESLIM_ALAN_ADI_SOYADI RIZA_VEREN_KISI MUAYENEDEKI_KISI_BILGISI", "name"),
        **_same("TESLIM_ALAN_TC_KIMLIK_NUMARASI", "ssn"),
    },
    "HASTA_ARSIV_DETAY": {
        **_same(
            "DOSYANIN_ALINDIGI_ZAMAN DOSYANIN_VERILDIGI_ZAMAN KAYIT_ZAMANI GUNCELLEME_ZAMANI",
            "date",
        ),
        **_same("ACIKLAMA", "free_text"),
    },
    "RANDEVU": {
        **_same(
            "RANDEVU_ZAMANI RANDEVU_KAYIT_ZAMANI IPTAL_ZAMANI KAYIT_ZAMANI GUNCELLEME_ZAMANI",
            "date",
        ),
        **_same("MHRS_HRN_KODU", "other_id"),
        **_same("MHRS_RANDEVU_NOTU", "free_text"),
        **_same("TC_KIMLIK_NUMARASI", "ssn"),
        **_same("AD SOYADI", "name"),
        **_same("TELEFON_NUMARASI", "phone"),
    },
    "TETKIK_NUMUNE": {
        **_same("NUMUNE_NUMARASI BARKOD ENTEGRASYON_NUMARASI", "other_id"),
        **_same(
            "NUMUNE_ALMA_ZAMANI NUMUNE_KABUL_ZAMANI BARKOD_ZAMANI RET_ZAMANI KAYIT_ZAMANI "
            "GUNCELLEME_ZAMANI",
            "date",
        ),
    },
    "HASTA_HIZMET": {
        **_same(
            "ISLEM_GERCEKLESME_ZAMANI PUAN_HAKEDIS_ZAMANI ISLEM_ZAMANI RANDEVU_ZAMANI "
            "KAYIT_ZAMANI GUNCELLEME_ZAMANI",
            "date",
        ),
        **_same(
            "MEDULA_ISLEM_SIRA_NUMARASI MEDULA_HIZMET_REF_NUMARASI SYS_REFERANS_NUMARASI "
            "ISBT_UNITE_NUMARASI",
            "other_id",
        ),
    },
}


PHI["snds"] = {
    "IR_BEN_R": {
        **_same("BEN_NIR_PSA BEN_NIR_ANO BEN_IDT_ANO ASS_NIR_ANO", "ssn"),
        **_same(
            "BEN_IDT_MAJ BEN_NAI_MOI BEN_DCD_DTE BEN_DCD_AME MAX_TRT_DTD BEN_DTE_INS BEN_DTE_MAJ",
            "date",
        ),
        **_same("BEN_RES_DPT BEN_RES_COM", "address"),
    },
    "IR_IBA_R": {
        **_same("BEN_IDT_ANO ASS_NIR_ANO", "ssn"),
        **_same("BEN_NAI_MOI BEN_DCD_DTE BEN_DCD_AME MAX_TRT_DTD BEN_DTE_INS BEN_DTE_MAJ", "date"),
        **_same("BEN_RES_DPT BEN_RES_COM", "address"),
    },
    "IR_IMB_R": {
        **_same("BEN_NIR_PSA", "ssn"),
        **_same("IMB_ALD_DTD IMB_ALD_DTF INS_DTE UPD_DTE", "date"),
    },
    "KI_CCI_R": {
        **_same("DCD_IDT_ENC", "other_id"),
        **_same("BEN_IDT_ANO BEN_NIR_ANO", "ssn"),
        **_same("DCD_DPT_COD DCD_COM_COD BEN_RES_DPT BEN_RES_COM DCD_LIE_LIB", "address"),
        **_same("BEN_DCD_DTE BEN_DCD_AME BEN_NAI_MOI", "date"),
    },
    "KI_ECD_R": {
        **_same("DCD_IDT_ENC", "other_id"),
        **_same("BEN_IDT_ANO BEN_NIR_ANO", "ssn"),
        **_same("ECD_CAU_LIB", "free_text"),
        **_same("BEN_DCD_DTE BEN_DCD_AME", "date"),
    },
    "ER_PRS_F": {
        **_same(
            "BEN_DCD_AME BEN_DCD_DTE EXE_SOI_AMD EXE_SOI_AMF EXE_SOI_DTD EXE_SOI_DTF PRE_PRE_AMD "
            "PRE_PRE_DTD PRS_GRS_DTD PRS_HOS_AMD PRS_HOS_DTD FLX_TRT_DTD",
            "date",
        ),
        **_same("BEN_NIR_PSA", "ssn"),
        **_same("BEN_RES_COM BEN_RES_DPT", "address"),
        **_same("IJR_EMP_NUM", "other_id"),
    },
    "ER_PHA_F": {
        **_same("FLX_TRT_DTD", "date"),
    },
    "ER_ETE_F": {
        **_same("FLX_TRT_DTD", "date"),
    },
    "ER_CAM_F": {
        **_same("FLX_TRT_DTD", "date"),
    },
    "ER_BIO_F": {
        **_same("FLX_TRT_DTD", "date"),
    },
    "ER_UCD_F": {
        **_same("FLX_TRT_DTD", "date"),
    },
    "T_MCOaaB": {
        **_same("BDI_COD BDI_DEP", "address"),
        **_same("SOR_MOI", "date"),
    },
    "T_MCOaaC": {
        **_same(
            "ENT_DAT EXE_SOI_AMD EXE_SOI_AMF EXE_SOI_DTD EXE_SOI_DTF SOR_DAT SOR_MOI ENT_AM SOR_AM",
            "date",
        ),
        **_same("NIR_ANO_17", "ssn"),
        **_same("NIR_ANO_MAM NUM_DAT_AT SEJ_NUM", "other_id"),
    },
    "T_MCOaaSTC": {
        **_same(
            "DAT_DEB_FAC DAT_FIN_FAC DAT_HOS DAT_PEC FAC_AMO_DT FAC_AMC_DT FAC_RAC_DT PAI_AMO_DT "
            "PAI_AMC_DT PAI_RAC_DT",
            "date",
        ),
        **_same("ENT_NUM ID_MAM_ENF NIR_ANO_MAM", "other_id"),
    },
    "T_MCOaaFA": {
        **_same("NIR_ANO_MAM NUM_DAT_AT", "other_id"),
        **_same("SOR_MOI", "date"),
    },
}


PHI["dklpr"] = {
    "lpr_adm": {
        **_same("pnr", "ssn"),
        **_same(
            "d_inddto d_uddto d_ebhdto d_fusdto d_hendto d_opdatdto v_indminut v_indtime v_udtime",
            "date",
        ),
        **_same("c_kom", "address"),
    },
    "lpr_bes": {
        **_same("d_ambdto", "date"),
    },
    "lpr_sksopr": {
        **_same("d_odto v_ominut v_otime", "date"),
    },
    "lpr_sksube": {
        **_same("d_odto v_ominut v_otime", "date"),
    },
    "lpr_pas": {
        **_same("d_passldto d_passtdto d_tilbdto", "date"),
    },
    "lpr_vente": {
        **_same("d_vsldto d_vstdto", "date"),
    },
    "lpr_afl": {
        **_same("d_odto v_ominut v_otime", "date"),
    },
    "lpr_foedsler": {
        **_same("d_smendto", "date"),
    },
    "t_psyk_adm": {
        **_same("pnr", "ssn"),
        **_same(
            "d_inddto d_uddto v_indtime v_indminut v_udtime d_ebhdto d_fusdto d_hendto d_opdatdto",
            "date",
        ),
        **_same("c_kom", "address"),
    },
    "lpr_a_kontakt": {
        **_same("pnr", "ssn"),
        **_same(
            "kont_starttidspunkt kont_sluttidspunkt kont_henv_tidspunkt kont_indb_tidspunkt "
            "beh_starttidspunkt borger_foedselsdato borger_doedsdato",
            "date",
        ),
        **_same("borger_bo_kom borger_bo_kom_tekst", "address"),
    },
    "lpr_a_forloeb": {
        **_same("PNR", "ssn"),
        **_same(
            "HELBREDSFORL_STARTTIDSPUNKT HELBREDSFORL_SLUTTIDSPUNKT FORL_STARTTIDSPUNKT "
            "FORL_SLUTTIDSPUNKT FORL_INDB_TIDSPUNKT FORL_HENV_TIDSPUNKT",
            "date",
        ),
    },
    "lpr_a_forloebsmarkoer": {
        **_same("MARKOER_INDB_TIDSPUNKT MARKOER_TIDSPUNKT", "date"),
    },
    "lpr_a_kontaktlokation": {
        **_same("KONT_LOK_INDB_TIDSPUNKT KONT_LOK_SLUTTIDSPUNKT KONT_LOK_STARTTIDSPUNKT", "date"),
    },
    "lpr_a_mor_barn_relation": {
        **_same("PNR_BARN PNR_MOR", "ssn"),
    },
    "lpr_a_procregistrering": {
        **_same("proc_starttidspunkt proc_sluttidspunkt proc_indb_tidspunkt", "date"),
    },
    "lpr_a_procregistrering_aflys": {
        **_same("PROC_INDB_TIDSPUNKT PROC_SLUTTIDSPUNKT PROC_STARTTIDSPUNKT", "date"),
    },
    "lpr_a_resultater": {
        **_same("RES_INDB_TIDSPUNKT RES_UDFOERT_TIDSPUNKT RES_VAERDI_TIDSPUNKT", "date"),
        **_same("RES_VAERDI_PNR", "ssn"),
    },
    "lpr_a_sghophold": {
        **_same("PNR", "ssn"),
        **_same("SGH_OPH_STARTTIDSPUNKT SGH_OPH_SLUTTIDSPUNKT", "date"),
    },
    "lpr_a_betalingsoplysninger": {
        **_same("BET_OPL_INDB_TIDSPUNKT BET_OPL_SLUTTIDSPUNKT BET_OPL_STARTTIDSPUNKT", "date"),
    },
    "mfr_nyfoedte": {
        **_same("CPRnummer_Barn CPRnummer_Mor CPRnummer_Far", "ssn"),
        **_same("FoedselsDato_Barn FoedselsTidspunkt FoedselsDato_Mor FoedselsDato_Far", "date"),
        **_same("BopaelsKommune_Mor", "address"),
    },
    "sssy": {
        **_same("pnr", "ssn"),
        **_same("afrper honuge behandlingsdato registreringstid", "date"),
    },
    "sysi": {
        **_same("pnr", "ssn"),
        **_same("afrper honuge", "date"),
        **_same("sikrekom", "address"),
    },
    "lmdb": {
        **_same("pnr pnr12", "ssn"),
        **_same("eksd etid tard", "date"),
        **_same("cpr_kom kom", "address"),
    },
    "lab_dm_forsker": {
        **_same("patient_cpr", "ssn"),
        **_same("samplingdate samplingtime", "date"),
    },
}


PHI["qlbv"] = {
    "activity_log": {
        **_same("properties", "other_id"),
    },
    "check_hein_cards": {
        **_same("ma_lk ghi_chu", "other_id"),
        **_same("ma_the ma_the_cu ma_the_moi maso_bhxh", "health_plan"),
        **_same("ho_ten", "name"),
        **_same(
            "ngay_sinh gt_the_tu gt_the_den ngay_du5nam gt_the_tumoi gt_the_denmoi created_at "
            "updated_at",
            "date",
        ),
        **_same("dia_chi", "address"),
    },
    "check_insurances": {
        **_same("examine_number note", "other_id"),
        **_same("insurance_number", "health_plan"),
        **_same("patient_code", "mrn"),
        **_same("patient_name", "name"),
        **_same("birthday date_examine created_at updated_at", "date"),
    },
    "check_treatment_records": {
        **_same("treatment_code", "other_id"),
        **_same("number old_number new_number", "mrn"),
        **_same("created_at updated_at", "date"),
    },
    "insurance_cards": {
        **_same("ghiChu dsLichSuKCB2018 dsLichSuKT2018", "other_id"),
        **_same("maThe maSoBHXH maTheCu maTheMoi", "health_plan"),
        **_same("hoTen", "name"),
        **_same(
            "ngaySinh gtTheTu gtTheDen ngayDu5Nam gtTheTuMoi gtTheDenMoi created_at updated_at",
            "date",
        ),
        **_same("diaChi", "address"),
    },
    "med_regs": {
        **_same("name", "name"),
        **_same("birthday healthcaredate healthcaretime created_at updated_at", "date"),
        **_same("email", "email"),
        **_same("phone", "phone"),
    },
    "patients": {
        **_same("code", "mrn"),
        **_same("name", "name"),
        **_same("date_of_birth created_at updated_at", "date"),
        **_same("contact_info", "phone"),
        **_same("address", "address"),
    },
    "patient_send_mails": {
        **_same("service_req_code", "other_id"),
        **_same("intruction_time created_at updated_at", "date"),
    },
    "patient_send_sms": {
        **_same("service_req_code", "other_id"),
        **_same("intruction_time created_at updated_at", "date"),
    },
    "payments": {
        **_same("treatment_code", "other_id"),
        **_same("patient_name", "name"),
        **_same("patient_dob created_at updated_at", "date"),
        **_same("patient_address", "address"),
        **_same("patient_mobile patient_relative_mobile", "phone"),
    },
    "pre_vaccination_checks": {
        **_same("other_contraindications specialist_exam_details", "free_text"),
        **_same("time created_at updated_at", "date"),
    },
    "qd130_xml1s": {
        **_same("ma_lk giay_chuyen_tuyen", "other_id"),
        **_same("ma_bn ma_hsba", "mrn"),
        **_same("ho_ten", "name"),
        **_same("so_cccd", "ssn"),
        **_same(
            "ngay_sinh gt_the_tu gt_the_den ngay_mien_cct ngay_vao ngay_vao_noi_tru ngay_ra "
            "ngay_ttoan thang_qt nam_nam_lien_tuc ngay_tai_kham created_at updated_at",
            "date",
        ),
        **_same("dia_chi mahuyen_cu_tru maxa_cu_tru", "address"),
        **_same("dien_thoai", "phone"),
        **_same("ma_the_bhyt", "health_plan"),
        **_same("ly_do_vv ly_do_vnt chan_doan_vao chan_doan_rv pp_dieu_tri ghi_chu", "free_text"),
    },
    "qd130_xml2s": {
        **_same("ma_lk", "other_id"),
        **_same("lieu_dung cach_dung", "free_text"),
        **_same("ngay_yl ngay_th_yl created_at updated_at", "date"),
    },
    "qd130_xml3s": {
        **_same("ma_lk", "other_id"),
        **_same("ngay_yl ngay_th_yl ngay_kq created_at updated_at", "date"),
    },
    "qd130_xml4s": {
        **_same("ma_lk", "other_id"),
        **_same("mo_ta ket_luan", "free_text"),
        **_same("ngay_kq created_at updated_at", "date"),
    },
    "qd130_xml5s": {
        **_same("ma_lk", "other_id"),
        **_same("dien_bien_ls giai_doan_benh hoi_chan phau_thuat", "free_text"),
        **_same("thoi_diem_dbls created_at updated_at", "date"),
    },
    "qd130_xml_error_results": {
        **_same("ma_lk", "other_id"),
        **_same("ngay_yl ngay_kq", "date"),
    },
    "queue_numbers": {
        **_same("phone_number", "phone"),
        **_same("created_at updated_at", "date"),
    },
    "share_expires": {
        **_same("document_code", "other_id"),
        **_same("created_at updated_at", "date"),
    },
    "vaccinations": {
        **_same("date_of_vaccination date_noted_effect created_at updated_at", "date"),
        **_same("description_effect", "free_text"),
    },
    "xml1s": {
        **_same("ma_lk", "other_id"),
        **_same("ma_bn", "mrn"),
        **_same("ho_ten", "name"),
        **_same(
            "ngay_sinh gt_the_tu gt_the_den mien_cung_ct ngay_vao ngay_ra ngay_ttoan thang_qt "
            "created_at updated_at",
            "date",
        ),
        **_same("dia_chi", "address"),
        **_same("ma_the", "health_plan"),
        **_same("ten_benh", "free_text"),
    },
    "xml2s": {
        **_same("ma_lk", "other_id"),
        **_same("lieu_dung", "free_text"),
        **_same("ngay_yl created_at updated_at", "date"),
    },
    "xml3s": {
        **_same("ma_lk", "other_id"),
        **_same("ngay_yl ngay_kq created_at updated_at", "date"),
    },
    "xml4s": {
        **_same("ma_lk", "other_id"),
        **_same("mo_ta ket_luan", "free_text"),
        **_same("ngay_kq created_at updated_at", "date"),
    },
    "xml5s": {
        **_same("ma_lk", "other_id"),
        **_same("dien_bien hoi_chan phau_thuat", "free_text"),
        **_same("ngay_yl created_at updated_at", "date"),
    },
    "xml_error_checks": {
        **_same("ma_lk", "other_id"),
        **_same("ngay_yl ngay_kq", "date"),
    },
}


PHI["nemsis"] = {
    "eRecord": {
        **_same("eRecord_01", "other_id"),
    },
    "eResponse": {
        **_same("eResponse_03 eResponse_04", "other_id"),
    },
    "eDispatch": {
        **_same("eDispatch_06", "other_id"),
    },
    "eTimes": {
        **_same(
            "eTimes_01 eTimes_02 eTimes_03 eTimes_04 eTimes_05 eTimes_06 eTimes_07 eTimes_08 "
            "eTimes_09 eTimes_10 eTimes_11 eTimes_12 eTimes_13 eTimes_14 eTimes_15 eTimes_16 "
            "eTimes_17",
            "date",
        ),
    },
    "ePatient": {
        **_same("ePatient_01", "mrn"),
        **_same("ePatient_02 ePatient_03 ePatient_04", "name"),
        **_same("ePatient_05 ePatient_06 ePatient_07 ePatient_09 ePatient_11", "address"),
        **_same("ePatient_12", "ssn"),
        **_same("ePatient_17", "date"),
        **_same("ePatient_18", "phone"),
        **_same("ePatient_19", "email"),
        **_same("ePatient_21", "licence"),
    },
    "ePayment": {
        **_same("ePayment_03 ePayment_60", "date"),
        **_same("ePayment_18", "health_plan"),
        **_same(
            "ePayment_19 ePayment_20 ePayment_21 ePayment_58 ePayment_23 ePayment_24 ePayment_25 "
            "ePayment_33",
            "name",
        ),
        **_same(
            "ePayment_26 ePayment_27 ePayment_29 ePayment_34 ePayment_35 ePayment_37",
            "address",
        ),
        **_same("ePayment_31 ePayment_39", "phone"),
        **_same("ePayment_45 ePayment_46", "free_text"),
        **_same("ePayment_53", "other_id"),
    },
    "eScene": {
        **_same("eScene_05", "date"),
        **_same(
            "eScene_11 eScene_12 eScene_13 eScene_14 eScene_15 eScene_16 eScene_17 eScene_19 "
            "eScene_20 eScene_21 eScene_23",
            "address",
        ),
    },
    "eSituation": {
        **_same("eSituation_01 eSituation_18", "date"),
        **_same("eSituation_04 eSituation_19", "free_text"),
    },
    "eInjury": {
        **_same("eInjury_12", "other_id"),
        **_same("eInjury_13", "phone"),
        **_same("eInjury_14", "date"),
        **_same("eInjury_15", "address"),
    },
    "eArrest": {
        **_same("eArrest_14 eArrest_15 eArrest_19", "date"),
    },
    "eHistory": {
        **_same("eHistory_19", "date"),
    },
    "eNarrative": {
        **_same("eNarrative_01", "free_text"),
    },
    "eVitals": {
        **_same("eVitals_01", "date"),
    },
    "eLabs": {
        **_same("eLabs_01", "date"),
        **_same("eLabs_06", "free_text"),
    },
    "eExam": {
        **_same("eExam_03", "date"),
    },
    "eMedications": {
        **_same("eMedications_01", "date"),
    },
    "eProcedures": {
        **_same("eProcedures_01", "date"),
    },
    "eAirway": {
        **_same("eAirway_02 eAirway_10 eAirway_11", "date"),
    },
    "eDevice": {
        **_same("eDevice_02", "date"),
        **_same("eDevice_08", "free_text"),
    },
    "eDisposition": {
        **_same(
            "eDisposition_03 eDisposition_04 eDisposition_06 eDisposition_07 eDisposition_09 "
            "eDisposition_10",
            "address",
        ),
        **_same("eDisposition_25", "date"),
    },
    "eOutcome": {
        **_same("eOutcome_04", "other_id"),
        **_same("eOutcome_19 eOutcome_11 eOutcome_20 eOutcome_16 eOutcome_18", "date"),
    },
    "eOther": {
        **_same("eOther_11 eOther_18", "other_id"),
        **_same("eOther_19", "date"),
        **_same("eOther_20 eOther_21", "name"),
    },
}


PHI["nsisflussi"] = {
    "emur_ps": {
        **_same(
            "Identificativo centraleOperativaCodiceMissione assistitoDimissioneRicoveroProgressivo",
            "other_id",
        ),
        **_same(
            "entrataData entrataOra assistitoDatiAnagraficiEtaNascitaMese "
            "assistitoPrestazioniPresaInCaricoData assistitoPrestazioniPresaInCaricoOra "
            "assistitoDimissioneDataDest assistitoDimissioneOraDest assistitoDimissioneData "
            "assistitoDimissioneOra assistitoOBIDataIngresso assistitoOBIOraIngresso "
            "assistitoOBIDataUscita assistitoOBIOraUscita",
            "date",
        ),
        **_same("assistitoCUNI", "ssn"),
        **_same(
            "assistitoDatiAnagraficiResidenzaComune assistitoDatiAnagraficiResidenzaASL",
            "address",
        ),
    },
    "sism_territoriale_anagrafica": {
        **_same("idRecord", "other_id"),
        **_same("cuni", "ssn"),
        **_same("aslProvenienza", "address"),
    },
    "sism_territoriale_contatti": {
        **_same("idRecord idContatto", "other_id"),
        **_same("dataAperturaSchedaPaziente dataChiusuraSchedaPaziente", "date"),
    },
    "sism_territoriale_prestazioni": {
        **_same("idRecord idContatto", "other_id"),
        **_same("dataIntervento", "date"),
    },
    "avn_anagrafica_residenti": {
        **_same("idAssistito", "ssn"),
        **_same("dataNascita dataTrasferimentoResidenza dataDecesso", "date"),
        **_same(
            "codiceComuneResidenza codiceAslResidenza codiceComuneDomicilio codiceAslDomicilio",
            "address",
        ),
    },
    "avn_somministrazioni_residenti": {
        **_same("idAssistito", "ssn"),
        **_same("dataSomministrazione", "date"),
    },
    "distribuzione_diretta": {
        **_same("meseDiRiferimento dataNascitaAssistito dataErogazione dataPrescrizione", "date"),
        **_same("identificativoAssistito", "ssn"),
        **_same("aslAssistito", "address"),
        **_same("idContatto", "other_id"),
    },
    "dispovigilanza": {
        **_same("rapporto_codRapportoWeb rapporto_luogoEpisodio_numRapporto", "other_id"),
        **_same(
            "rapporto_luogoEpisodio_dataEpisodio rapporto_evento_dataImpianto "
            "rapporto_evento_dataRapporto",
            "date",
        ),
        **_same("rapporto_evento_inizPaziente", "name"),
        **_same(
            "rapporto_evento_descrizioneIncidente rapporto_evento_altraConseguenza "
            "rapporto_evento_altreInformazioni",
            "free_text",
        ),
    },
}


PHI["saraalert"] = {
    "assessment_receipts": {
        **_same("created_at updated_at", "date"),
        **_same("submission_token", "other_id"),
    },
    "assessments": {
        **_same("created_at updated_at", "date"),
    },
    "blocked_numbers": {
        **_same("phone_number", "phone"),
    },
    "close_contacts": {
        **_same("first_name last_name", "name"),
        **_same("primary_telephone", "phone"),
        **_same("email", "email"),
        **_same("notes", "free_text"),
        **_same("created_at updated_at last_date_of_exposure", "date"),
    },
    "conditions": {
        **_same("created_at updated_at", "date"),
    },
    "contact_attempts": {
        **_same("note", "free_text"),
        **_same("created_at updated_at", "date"),
    },
    "histories": {
        **_same("comment", "free_text"),
        **_same("created_at updated_at", "date"),
    },
    "laboratories": {
        **_same("specimen_collection report created_at updated_at", "date"),
    },
    "patient_lookups": {
        **_same("old_submission_token new_submission_token", "other_id"),
    },
    "patients": {
        **_same(
            "created_at updated_at last_assessment_reminder_sent date_of_birth date_of_departure "
            "date_of_arrival additional_planned_travel_start_date "
            "additional_planned_travel_end_date last_date_of_exposure closed_at symptom_onset "
            "latest_assessment_at latest_fever_or_fever_reducer_at latest_transfer_at "
            "extended_isolation first_positive_lab_at",
            "date",
        ),
        **_same(
            "submission_token user_defined_id_cdc user_defined_id_nndss contact_of_known_case_id",
            "other_id",
        ),
        **_same("user_defined_id_statelocal", "mrn"),
        **_same(
            "first_name middle_name last_name laboratory_personnel_facility_name "
            "healthcare_personnel_facility_name",
            "name",
        ),
        **_same(
            "address_line_1 foreign_address_line_1 address_city address_line_2 address_zip "
            "address_county monitored_address_line_1 monitored_address_city "
            "monitored_address_line_2 monitored_address_zip monitored_address_county "
            "foreign_address_city foreign_address_line_2 foreign_address_zip "
            "foreign_address_line_3 "
            "foreign_monitored_address_line_1 foreign_monitored_address_city "
            "foreign_monitored_address_line_2 foreign_monitored_address_zip "
            "foreign_monitored_address_county additional_planned_travel_destination "
            "potential_exposure_location",
            "address",
        ),
        **_same("primary_telephone secondary_telephone", "phone"),
        **_same("email", "email"),
        **_same(
            "travel_related_notes additional_planned_travel_related_notes exposure_notes "
            "follow_up_note",
            "free_text",
        ),
    },
    "symptoms": {
        **_same("created_at updated_at", "date"),
    },
    "transfers": {
        **_same("created_at updated_at", "date"),
    },
    "vaccines": {
        **_same("administration_date created_at updated_at", "date"),
        **_same("notes", "free_text"),
    },
}


PHI["msemr"] = {
    "msemr_encounter": {
        **_same(
            "createdon modifiedon overriddencreatedon msemr_encounterenddate "
            "msemr_encounterstartdate msemr_periodend msemr_periodstart",
            "date",
        ),
        **_same("msemr_encounteridentifier msemr_hospitalizationpreadmissionnumber", "other_id"),
    },
    "msemr_condition": {
        **_same(
            "createdon modifiedon overriddencreatedon msemr_abatementdate "
            "msemr_abatementperiodenddate msemr_abatementperiodstartdate msemr_asserteddate "
            "msemr_onsetdate msemr_onsetperiodenddate msemr_onsetperiodstartdate",
            "date",
        ),
        **_same("msemr_abatementstring msemr_onsetstring", "free_text"),
    },
    "msemr_procedure": {
        **_same(
            "createdon modifiedon overriddencreatedon msemr_datetime msemr_performedenddate "
            "msemr_performedstartdate",
            "date",
        ),
        **_same("msemr_procedureidentifier", "other_id"),
    },
    "msemr_allergyintolerance": {
        **_same("createdon modifiedon overriddencreatedon", "date"),
    },
    "msemr_medicationrequest": {
        **_same(
            "createdon modifiedon overriddencreatedon msemr_authoredon "
            "msemr_dispenserequestvalidityperiodenddate "
            "msemr_dispenserequestvalidityperiodstartdate",
            "date",
        ),
        **_same("msemr_groupidentifier msemr_identifier", "other_id"),
    },
    "msemr_relatedperson": {
        **_same(
            "createdon modifiedon overriddencreatedon msemr_relatedpersonperiodenddate "
            "msemr_relatedpersonperiodstartdate",
            "date",
        ),
        **_same("msemr_name", "name"),
    },
}


PHI["commcarehq"] = {
    "form_processor_commcarecasesql": {
        **_same("name", "name"),
        **_same("opened_on modified_on server_modified_on closed_on deleted_on", "date"),
        **_same("external_id", "mrn"),
        **_same("case_json", "other_id"),
    },
    "form_processor_casetransaction": {
        **_same("server_date client_date", "date"),
    },
    "form_processor_xforminstancesql": {
        **_same(
            "server_modified_on received_on edited_on deleted_on date_header time_end time_start",
            "date",
        ),
    },
    "form_processor_xformoperationsql": {
        **_same("date", "date"),
    },
    "blobs_blobmeta": {
        **_same("created_on", "date"),
    },
    "blobs_deletedblobmeta": {
        **_same("created_on deleted_on", "date"),
    },
    "sms_sms": {
        **_same("date processed_timestamp date_modified", "date"),
        **_same("phone_number", "phone"),
        **_same("text raw_text", "free_text"),
    },
    "sms_queued": {
        **_same("date", "date"),
        **_same("phone_number", "phone"),
        **_same("text raw_text", "free_text"),
    },
    "sms_lastreadmessage": {
        **_same("message_timestamp", "date"),
    },
    "sms_expectedcallback": {
        **_same("date", "date"),
    },
    "sms_phoneblacklist": {
        **_same("phone_number", "phone"),
        **_same("last_sms_opt_in_timestamp last_sms_opt_out_timestamp", "date"),
    },
    "sms_phonenumber": {
        **_same("phone_number", "phone"),
        **_same("contact_last_modified created_on", "date"),
    },
    "sms_messagingevent": {
        **_same("date", "date"),
    },
    "sms_messagingsubevent": {
        **_same("date date_last_activity", "date"),
    },
    "sms_email": {
        **_same("date date_modified", "date"),
        **_same("recipient_address", "email"),
        **_same("body html_body", "free_text"),
    },
    "smsforms_sqlxformssession": {
        **_same("start_time modified_time end_time", "date"),
        **_same("phone_number", "phone"),
    },
    "scheduling_casealertscheduleinstance": {
        **_same("next_event_due", "date"),
    },
    "scheduling_casetimedscheduleinstance": {
        **_same("next_event_due start_date", "date"),
    },
    "auth_user": {
        **_same("username", "other_id"),
        **_same("first_name last_name", "name"),
        **_same("email", "email"),
        **_same("date_joined", "date"),
    },
    "consumer_user_consumeruserinvitation": {
        **_same("email", "email"),
        **_same("invited_on", "date"),
    },
}


PHI["optimedpl"] = {
    "pacjenci": {
        **_same(
            "Imie Nazwisko DrugieImie NazwiskoRodowe ImieOjca ImieOpiekuna NazwiskoOpiekuna",
            "name",
        ),
        **_same("Pesel PeselOpiekuna", "ssn"),
        **_same("DataUrodzenia DataZgonu DataUrodzeniaOpiekuna", "date"),
        **_same("NIP NumerDokumentuTozsamosci", "other_id"),
        **_same("Email", "email"),
        **_same("Telefon TelefonDodatkowy TelefonOpiekuna", "phone"),
        **_same("NrIdentyfikacyjnyUe", "health_plan"),
        **_same(
            "MiejsceUrodzenia KodTerytGminyZameldowanie MiejscowoscZameldowanie "
            "KodMiejscowosciZameldowanie KodPocztowyZameldowanie UlicaZameldowanie "
            "NrDomuZameldowanie NrMieszkaniaZameldowanie DzielnicaZameldowanie "
            "KodTerytGminyZamieszkanie MiejscowoscZamieszkanie KodMiejscowosciZamieszkanie "
            "KodPocztowyZamieszkanie UlicaZamieszkanie NrDomuZamieszkanie NrMieszkaniaZamieszkanie "
            "DzielnicaZamieszkanie KodGminyOpiekuna MiejscowoscOpiekuna KodMiejscowosciOpiekuna "
            "KodPocztowyOpiekuna UlicaOpiekuna NrDomuOpiekuna NrLokaluOpiekuna",
            "address",
        ),
        **_same("Uwagi", "free_text"),
        **_same("NumerPacjenta", "mrn"),
    },
    "wizyty": {
        **_same("PacjentPesel", "ssn"),
        **_same("DataUtworzenia DataOd DataDo CzasOd CzasDo", "date"),
        **_same("Komentarz", "free_text"),
    },
    "karty_wizyt": {
        **_same("DataWystawienia DataAutoryzacji NiezdolnoscOd NiezdolnoscDo", "date"),
        **_same(
            "Wywiad BadaniePrzedmiotowe PrzyjmowaneLeki PrzebiegLeczenia Zalecenia Zabiegi Inne "
            "RozpoznanieOpisowe",
            "free_text",
        ),
    },
    "szczepienia": {
        **_same("PacjentPesel", "ssn"),
        **_same("DataPodania", "date"),
    },
    "stale_choroby_pacjenta": {
        **_same("PacjentPesel", "ssn"),
    },
    "stale_leki_pacjenta": {
        **_same("PacjentPesel", "ssn"),
        **_same("DataZalecenia DataZakonczenia", "date"),
        **_same("Dawkowanie", "free_text"),
    },
    "deklaracje_poz": {
        **_same("DataZlozenia DataWygasniecia", "date"),
        **_same("PacjentPesel PeselOpiekuna PeselOpiekuna2", "ssn"),
        **_same("NrUmowyUbezpieczeniowej", "health_plan"),
        **_same("Komentarz", "free_text"),
    },
    "dokumenty_uprawniajace": {
        **_same("PacjentPesel PeselOpiekuna", "ssn"),
        **_same("DataOd DataDo DataWystawienia", "date"),
        **_same("Numer", "health_plan"),
        **_same("EwusId", "other_id"),
    },
    "dokumentacja_zalaczniki": {
        **_same("PacjentPesel", "ssn"),
        **_same("Data", "date"),
        **_same("Opis", "free_text"),
        **_same("PacjentNumer", "mrn"),
    },
}


PHI["cmsbfd"] = {
    "beneficiaries": {
        **_same("mbi_num mbi_hash hicn_unhashed bene_crnt_hic_num", "health_plan"),
        **_same(
            "efctv_bgn_dt efctv_end_dt covstart bene_birth_dt death_dt last_updated "
            "pta_cvrg_strt_dt pta_cvrg_end_dt ptb_cvrg_strt_dt ptb_cvrg_end_dt ptd_cvrg_strt_dt "
            "ptd_cvrg_end_dt",
            "date",
        ),
        **_same(
            "bene_county_cd bene_zip_cd drvd_line_1_adr drvd_line_2_adr drvd_line_3_adr "
            "drvd_line_4_adr drvd_line_5_adr drvd_line_6_adr city_name state_cnty_zip_cd "
            "fips_state_cnty_jan_cd fips_state_cnty_feb_cd fips_state_cnty_mar_cd "
            "fips_state_cnty_apr_cd fips_state_cnty_may_cd fips_state_cnty_jun_cd "
            "fips_state_cnty_jul_cd fips_state_cnty_aug_cd fips_state_cnty_sept_cd "
            "fips_state_cnty_oct_cd fips_state_cnty_nov_cd fips_state_cnty_dec_cd",
            "address",
        ),
        **_same("bene_srnm_name bene_gvn_name bene_mdl_name", "name"),
    },
    "beneficiaries_history": {
        **_same("hicn_unhashed mbi_num bene_crnt_hic_num mbi_hash", "health_plan"),
        **_same("efctv_bgn_dt efctv_end_dt bene_birth_dt last_updated", "date"),
    },
    "beneficiaries_history_invalid_beneficiaries": {
        **_same("bene_birth_dt", "date"),
        **_same("bene_crnt_hic_num hicn_unhashed mbi_num", "health_plan"),
    },
    "beneficiary_monthly": {
        **_same("year_month", "date"),
        **_same("fips_state_cnty_code", "address"),
    },
    "beneficiary_monthly_audit": {
        **_same("year_month", "date"),
        **_same("fips_state_cnty_code", "address"),
    },
    "carrier_claim_lines": {
        **_same("carr_line_rx_num", "other_id"),
        **_same("line_1st_expns_dt line_last_expns_dt", "date"),
    },
    "carrier_claims": {
        **_same("last_updated clm_from_dt clm_thru_dt nch_wkly_proc_dt", "date"),
        **_same("carr_clm_cntl_num", "other_id"),
    },
    "hha_claim_lines": {
        **_same("rev_cntr_dt", "date"),
    },
    "hha_claims": {
        **_same(
            "last_updated clm_from_dt clm_thru_dt clm_admsn_dt nch_wkly_proc_dt fi_clm_proc_dt",
            "date",
        ),
        **_same("fi_orig_clm_cntl_num fi_doc_clm_cntl_num", "other_id"),
    },
    "hospice_claim_lines": {
        **_same("rev_cntr_dt", "date"),
    },
    "hospice_claims": {
        **_same(
            "last_updated clm_from_dt clm_thru_dt clm_hospc_start_dt_id nch_wkly_proc_dt "
            "nch_bene_dschrg_dt fi_clm_proc_dt",
            "date",
        ),
        **_same("fi_orig_clm_cntl_num fi_doc_clm_cntl_num", "other_id"),
    },
    "inpatient_claims": {
        **_same(
            "last_updated clm_from_dt clm_thru_dt clm_admsn_dt fi_clm_proc_dt "
            "nch_actv_or_cvrd_lvl_care_thru nch_bene_dschrg_dt nch_bene_mdcr_bnfts_exhtd_dt_i "
            "nch_wkly_proc_dt nch_vrfd_ncvrd_stay_from_dt nch_vrfd_ncvrd_stay_thru_dt prcdr_dt1 "
            "prcdr_dt2 prcdr_dt3 prcdr_dt4 prcdr_dt5 prcdr_dt6 prcdr_dt7 prcdr_dt8 prcdr_dt9 "
            "prcdr_dt10 prcdr_dt11 prcdr_dt12 prcdr_dt13 prcdr_dt14 prcdr_dt15 prcdr_dt16 "
            "prcdr_dt17 prcdr_dt18 prcdr_dt19 prcdr_dt20 prcdr_dt21 prcdr_dt22 prcdr_dt23 "
            "prcdr_dt24 prcdr_dt25",
            "date",
        ),
        **_same("fi_doc_clm_cntl_num fi_orig_clm_cntl_num", "other_id"),
    },
    "outpatient_claim_lines": {
        **_same("rev_cntr_dt", "date"),
    },
    "outpatient_claims": {
        **_same(
            "last_updated clm_from_dt clm_thru_dt nch_wkly_proc_dt fi_clm_proc_dt prcdr_dt1 "
            "prcdr_dt2 prcdr_dt3 prcdr_dt4 prcdr_dt5 prcdr_dt6 prcdr_dt7 prcdr_dt8 prcdr_dt9 "
            "prcdr_dt10 prcdr_dt11 prcdr_dt12 prcdr_dt13 prcdr_dt14 prcdr_dt15 prcdr_dt16 "
            "prcdr_dt17 prcdr_dt18 prcdr_dt19 prcdr_dt20 prcdr_dt21 prcdr_dt22 prcdr_dt23 "
            "prcdr_dt24 prcdr_dt25",
            "date",
        ),
        **_same("fi_doc_clm_cntl_num fi_orig_clm_cntl_num", "other_id"),
    },
    "partd_events": {
        **_same("last_updated srvc_dt pd_dt", "date"),
        **_same("rx_srvc_rfrnc_num", "other_id"),
    },
    "skipped_rif_records": {
        **_same("rif_data", "other_id"),
    },
    "snf_claims": {
        **_same(
            "last_updated clm_from_dt clm_thru_dt clm_admsn_dt nch_wkly_proc_dt "
            "nch_vrfd_ncvrd_stay_from_dt nch_vrfd_ncvrd_stay_thru_dt nch_qlfyd_stay_from_dt "
            "nch_qlfyd_stay_thru_dt nch_actv_or_cvrd_lvl_care_thru nch_bene_dschrg_dt "
            "nch_bene_mdcr_bnfts_exhtd_dt_i fi_clm_proc_dt prcdr_dt1 prcdr_dt2 prcdr_dt3 prcdr_dt4 "
            "prcdr_dt5 prcdr_dt6 prcdr_dt7 prcdr_dt8 prcdr_dt9 prcdr_dt10 prcdr_dt11 prcdr_dt12 "
            "prcdr_dt13 prcdr_dt14 prcdr_dt15 prcdr_dt16 prcdr_dt17 prcdr_dt18 prcdr_dt19 "
            "prcdr_dt20 prcdr_dt21 prcdr_dt22 prcdr_dt23 prcdr_dt24 prcdr_dt25",
            "date",
        ),
        **_same("fi_doc_clm_cntl_num fi_orig_clm_cntl_num", "other_id"),
    },
}


PHI["ndbjp"] = {
    "TNDS_M_RCP_ID3": {
        **_same("ID1 ID3", "other_id"),
    },
    "TNDS_T_RCP_MED_MN": {
        **_same("RCP_MNG_NO", "other_id"),
        **_same("PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_MED_IR": {
        **_same("REQ_YM PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_MED_RE": {
        **_same("ID1 ID1N ID2 RCP_NO SRCH_NO", "other_id"),
        **_same("PRAC_YM BIRTH_YM HOSTZ_YMD INPUT_YM", "date"),
    },
    "TNDS_T_RCP_MED_HO": {
        **_same("PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_MED_KO": {
        **_same("PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_MED_KH": {
        **_same("NHIO_PROP_INFO", "other_id"),
    },
    "TNDS_T_RCP_MED_SY": {
        **_same("PRAC_STR_YMD PRAC_YM INPUT_YM", "date"),
        **_same("SKWD_NAME SPLMT_CMT", "free_text"),
    },
    "TNDS_T_RCP_MED_SI": {
        **_same("CHAR1_DAT CHAR2_DAT CHAR3_DAT", "free_text"),
        **_same(
            "DAYS01_INFO DAYS02_INFO DAYS03_INFO DAYS04_INFO DAYS05_INFO DAYS06_INFO DAYS07_INFO "
            "DAYS08_INFO DAYS09_INFO DAYS10_INFO DAYS11_INFO DAYS12_INFO DAYS13_INFO DAYS14_INFO "
            "DAYS15_INFO DAYS16_INFO DAYS17_INFO DAYS18_INFO DAYS19_INFO DAYS20_INFO DAYS21_INFO "
            "DAYS22_INFO DAYS23_INFO DAYS24_INFO DAYS25_INFO DAYS26_INFO DAYS27_INFO DAYS28_INFO "
            "DAYS29_INFO DAYS30_INFO DAYS31_INFO PRAC_YM INPUT_YM",
            "date",
        ),
    },
    "TNDS_T_RCP_MED_IY": {
        **_same("CHAR1_DAT CHAR2_DAT CHAR3_DAT", "free_text"),
        **_same(
            "DAYS01_INFO DAYS02_INFO DAYS03_INFO DAYS04_INFO DAYS05_INFO DAYS06_INFO DAYS07_INFO "
            "DAYS08_INFO DAYS09_INFO DAYS10_INFO DAYS11_INFO DAYS12_INFO DAYS13_INFO DAYS14_INFO "
            "DAYS15_INFO DAYS16_INFO DAYS17_INFO DAYS18_INFO DAYS19_INFO DAYS20_INFO DAYS21_INFO "
            "DAYS22_INFO DAYS23_INFO DAYS24_INFO DAYS25_INFO DAYS26_INFO DAYS27_INFO DAYS28_INFO "
            "DAYS29_INFO DAYS30_INFO DAYS31_INFO PRAC_YM INPUT_YM",
            "date",
        ),
    },
    "TNDS_T_RCP_MED_TO": {
        **_same("CHAR1_DAT CHAR2_DAT CHAR3_DAT", "free_text"),
        **_same(
            "DAYS01_INFO DAYS02_INFO DAYS03_INFO DAYS04_INFO DAYS05_INFO DAYS06_INFO DAYS07_INFO "
            "DAYS08_INFO DAYS09_INFO DAYS10_INFO DAYS11_INFO DAYS12_INFO DAYS13_INFO DAYS14_INFO "
            "DAYS15_INFO DAYS16_INFO DAYS17_INFO DAYS18_INFO DAYS19_INFO DAYS20_INFO DAYS21_INFO "
            "DAYS22_INFO DAYS23_INFO DAYS24_INFO DAYS25_INFO DAYS26_INFO DAYS27_INFO DAYS28_INFO "
            "DAYS29_INFO DAYS30_INFO DAYS31_INFO PRAC_YM INPUT_YM",
            "date",
        ),
    },
    "TNDS_T_RCP_MED_CO": {
        **_same("CHAR_DAT", "free_text"),
        **_same("PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_MED_NI": {
        **_same(
            "DAYS01_INFO DAYS02_INFO DAYS03_INFO DAYS04_INFO DAYS05_INFO DAYS06_INFO DAYS07_INFO "
            "DAYS08_INFO DAYS09_INFO DAYS10_INFO DAYS11_INFO DAYS12_INFO DAYS13_INFO DAYS14_INFO "
            "DAYS15_INFO DAYS16_INFO DAYS17_INFO DAYS18_INFO DAYS19_INFO DAYS20_INFO DAYS21_INFO "
            "DAYS22_INFO DAYS23_INFO DAYS24_INFO DAYS25_INFO DAYS26_INFO DAYS27_INFO DAYS28_INFO "
            "DAYS29_INFO DAYS30_INFO DAYS31_INFO PRAC_YM INPUT_YM",
            "date",
        ),
    },
    "TNDS_T_RCP_MED_SJ": {
        **_same("SYMP_MINU_DSCPT_DAT", "free_text"),
        **_same("PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_MED_TI": {
        **_same("PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_MED_TR": {
        **_same("RCP_NO ID3", "other_id"),
        **_same("PRAC_YM_TR BIRTH_YM HOSTZ_YMD PRAC_YM INPUT_YM", "date"),
        **_same("NAME", "name"),
    },
    "TNDS_T_RCP_MED_TS": {
        **_same("PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_DPC_MN": {
        **_same("RCP_MNG_NO", "other_id"),
        **_same("PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_DPC_IR": {
        **_same("REQ_YM PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_DPC_RE": {
        **_same("ID1 ID1N ID2 RCP_NO SRCH_NO", "other_id"),
        **_same("PRAC_YM BIRTH_YM HOSTZ_YMD INPUT_YM", "date"),
    },
    "TNDS_T_RCP_DPC_HO": {
        **_same("PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_DPC_KO": {
        **_same("PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_DPC_KH": {
        **_same("NHIO_PROP_INFO", "other_id"),
    },
    "TNDS_T_RCP_DPC_CO": {
        **_same("CHAR_DAT", "free_text"),
        **_same("PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_DPC_SJ": {
        **_same("SYMP_MINU_DSCPT_DAT", "free_text"),
        **_same("PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_DPC_BU": {
        **_same("THIS_HOSTZ_YMD THIS_DSCHG_YMD PRAC_YM INPUT_YM", "date"),
        **_same("CAUSE_DEATH", "free_text"),
    },
    "TNDS_T_RCP_DPC_SB": {
        **_same("SKWD_NAME SPLMT_CMT", "free_text"),
        **_same("PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_DPC_SY": {
        **_same("PRAC_STR_YMD PRAC_YM INPUT_YM", "date"),
        **_same("SKWD_NAME SPLMT_CMT", "free_text"),
    },
    "TNDS_T_RCP_DPC_KK": {
        **_same("LAST_DSCHG_YMD PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_DPC_SK": {
        **_same("OPRTN_PLAN_YMD PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_DPC_GA": {
        **_same("PRAC_YM_GA STAY_OUT PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_DPC_HH": {
        **_same("PRAC_YM_HH PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_DPC_GT": {
        **_same("PRAC_YM_GT CHANGE_YMD PRAC_YM INPUT_YM", "date"),
        **_same("CHAR_DAT", "free_text"),
    },
    "TNDS_T_RCP_DPC_SI": {
        **_same("CHAR1_DAT CHAR2_DAT CHAR3_DAT", "free_text"),
        **_same(
            "DAYS01_INFO DAYS02_INFO DAYS03_INFO DAYS04_INFO DAYS05_INFO DAYS06_INFO DAYS07_INFO "
            "DAYS08_INFO DAYS09_INFO DAYS10_INFO DAYS11_INFO DAYS12_INFO DAYS13_INFO DAYS14_INFO "
            "DAYS15_INFO DAYS16_INFO DAYS17_INFO DAYS18_INFO DAYS19_INFO DAYS20_INFO DAYS21_INFO "
            "DAYS22_INFO DAYS23_INFO DAYS24_INFO DAYS25_INFO DAYS26_INFO DAYS27_INFO DAYS28_INFO "
            "DAYS29_INFO DAYS30_INFO DAYS31_INFO PRAC_YM INPUT_YM",
            "date",
        ),
    },
    "TNDS_T_RCP_DPC_IY": {
        **_same("CHAR1_DAT CHAR2_DAT CHAR3_DAT", "free_text"),
        **_same(
            "DAYS01_INFO DAYS02_INFO DAYS03_INFO DAYS04_INFO DAYS05_INFO DAYS06_INFO DAYS07_INFO "
            "DAYS08_INFO DAYS09_INFO DAYS10_INFO DAYS11_INFO DAYS12_INFO DAYS13_INFO DAYS14_INFO "
            "DAYS15_INFO DAYS16_INFO DAYS17_INFO DAYS18_INFO DAYS19_INFO DAYS20_INFO DAYS21_INFO "
            "DAYS22_INFO DAYS23_INFO DAYS24_INFO DAYS25_INFO DAYS26_INFO DAYS27_INFO DAYS28_INFO "
            "DAYS29_INFO DAYS30_INFO DAYS31_INFO PRAC_YM INPUT_YM",
            "date",
        ),
    },
    "TNDS_T_RCP_DPC_TO": {
        **_same("CHAR1_DAT CHAR2_DAT CHAR3_DAT", "free_text"),
        **_same(
            "DAYS01_INFO DAYS02_INFO DAYS03_INFO DAYS04_INFO DAYS05_INFO DAYS06_INFO DAYS07_INFO "
            "DAYS08_INFO DAYS09_INFO DAYS10_INFO DAYS11_INFO DAYS12_INFO DAYS13_INFO DAYS14_INFO "
            "DAYS15_INFO DAYS16_INFO DAYS17_INFO DAYS18_INFO DAYS19_INFO DAYS20_INFO DAYS21_INFO "
            "DAYS22_INFO DAYS23_INFO DAYS24_INFO DAYS25_INFO DAYS26_INFO DAYS27_INFO DAYS28_INFO "
            "DAYS29_INFO DAYS30_INFO DAYS31_INFO PRAC_YM INPUT_YM",
            "date",
        ),
    },
    "TNDS_T_RCP_DPC_NI": {
        **_same(
            "DAYS01_INFO DAYS02_INFO DAYS03_INFO DAYS04_INFO DAYS05_INFO DAYS06_INFO DAYS07_INFO "
            "DAYS08_INFO DAYS09_INFO DAYS10_INFO DAYS11_INFO DAYS12_INFO DAYS13_INFO DAYS14_INFO "
            "DAYS15_INFO DAYS16_INFO DAYS17_INFO DAYS18_INFO DAYS19_INFO DAYS20_INFO DAYS21_INFO "
            "DAYS22_INFO DAYS23_INFO DAYS24_INFO DAYS25_INFO DAYS26_INFO DAYS27_INFO DAYS28_INFO "
            "DAYS29_INFO DAYS30_INFO DAYS31_INFO PRAC_YM INPUT_YM",
            "date",
        ),
    },
    "TNDS_T_RCP_DPC_TI": {
        **_same("PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_DPC_TR": {
        **_same("RCP_NO ID3", "other_id"),
        **_same("PRAC_YM_TR BIRTH_YM HOSTZ_YMD PRAC_YM INPUT_YM", "date"),
        **_same("NAME", "name"),
    },
    "TNDS_T_RCP_DPC_TS": {
        **_same("PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_DPC_CD": {
        **_same("OPRTN_YMD PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_PHA_MN": {
        **_same("RCP_MNG_NO", "other_id"),
        **_same("PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_PHA_YK": {
        **_same("REQ_YM PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_PHA_RE": {
        **_same("ID1 ID1N ID2 RCP_NO SRCH_NO", "other_id"),
        **_same("PRAC_YM BIRTH_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_PHA_HO": {
        **_same("PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_PHA_KO": {
        **_same("PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_PHA_KH": {
        **_same("NHIO_PROP_INFO", "other_id"),
    },
    "TNDS_T_RCP_PHA_SH": {
        **_same("SPCL_ISRCN", "free_text"),
        **_same("PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_PHA_CZ": {
        **_same("PRSPT_YMD DSPNG_YMD PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_PHA_IY": {
        **_same("PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_PHA_TO": {
        **_same("PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_PHA_CO": {
        **_same("CHAR_DAT", "free_text"),
        **_same("PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_PHA_TK": {
        **_same("CHAR_DAT", "free_text"),
        **_same("PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_PHA_KI": {
        **_same("SPMC_LAST_DSPNG_YMD PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_MED_GR": {
        **_same("PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_DPC_GR": {
        **_same("PRAC_YM INPUT_YM", "date"),
    },
    "TNDS_T_RCP_PHA_ST": {
        **_same("PRSPT_YMD DSPNG_YMD PRAC_YM INPUT_YM", "date"),
    },
}


PHI["mcmed"] = {
    "visits": {
        **_same("CC", "free_text"),
        **_same("Arrival_time Roomed_time Dispo_time Admit_time Departure_time", "date"),
    },
    "orders": {
        **_same("Order_time First_admin_time Result_time", "date"),
    },
    "meds": {
        **_same("Entry_date Start_date End_date", "date"),
    },
    "pmh": {
        **_same("Noted_date", "date"),
    },
    "labs": {
        **_same("Order_time Result_time", "date"),
        **_same("Component_result", "free_text"),
    },
    "rads": {
        **_same("Order_time Result_time", "date"),
        **_same("Impression", "free_text"),
    },
    "numerics": {
        **_same("Time", "date"),
    },
}


PHI["ukbiobank"] = {
    "baseline": {
        **_same("p52 p53_i0 p53_i1 p53_i2 p53_i3 p200 p20143", "date"),
    },
    "death": {
        **_same("date_of_death", "date"),
    },
    "cancer": {
        **_same(
            "p40005_i0 p40005_i1 p40005_i2 p40005_i3 p40005_i4 p40005_i5 p40005_i6 p40005_i7 "
            "p40005_i8 p40005_i9 p40005_i10 p40005_i11 p40005_i12 p40005_i13 p40005_i14 p40005_i15 "
            "p40005_i16 p40005_i17 p40005_i18 p40005_i19 p40005_i20 p40005_i21",
            "date",
        ),
    },
    "biob_hesin": {
        **_same("epistart epiend elecdate admidate disdate", "date"),
    },
    "biob_hesin_critical": {
        **_same("ccstartdate ccdisdate ccdisrdydate", "date"),
    },
    "biob_hesin_maternity": {
        **_same("anasdate", "date"),
    },
    "biob_hesin_oper": {
        **_same("opdate", "date"),
    },
    "biob_hesin_psych": {
        **_same("detndate", "date"),
    },
    "gp_registrations": {
        **_same("reg_date deduct_date", "date"),
    },
    "gp_clinical": {
        **_same("event_dt", "date"),
    },
    "gp_scripts": {
        **_same("issue_date", "date"),
    },
    "covid19_result_england": {
        **_same("specdate", "date"),
    },
    "covid19_result_scotland": {
        **_same("specdate", "date"),
        **_same("locauth", "address"),
    },
    "covid19_result_wales": {
        **_same("specdate", "date"),
    },
    "covid19_vaccination": {
        **_same("vacc_date", "date"),
    },
}


PHI["renalware"] = {
    "access_assessments": {
        **_same("performed_on procedure_on created_at updated_at", "date"),
        **_same("comments", "free_text"),
    },
    "access_plans": {
        **_same("notes", "free_text"),
        **_same("terminated_at created_at updated_at", "date"),
    },
    "access_procedures": {
        **_same("performed_on first_used_on failed_on created_at updated_at", "date"),
        **_same("outcome notes", "free_text"),
    },
    "access_profiles": {
        **_same("formed_on started_on terminated_on created_at updated_at", "date"),
        **_same("notes", "free_text"),
    },
    "access_versions": {
        **_same("object object_changes", "other_id"),
    },
    "addresses": {
        **_same("street_1 street_2 county town postcode street_3 region", "address"),
        **_same("created_at updated_at", "date"),
        **_same("name", "name"),
        **_same("telephone", "phone"),
        **_same("email", "email"),
    },
    "admission_admissions": {
        **_same(
            "admitted_on transferred_on discharged_on summarised_on deleted_at created_at "
            "updated_at",
            "date",
        ),
        **_same("reason_for_admission notes destination_notes discharge_summary", "free_text"),
    },
    "admission_consults": {
        **_same("started_on ended_on decided_on transferred_on created_at updated_at", "date"),
        **_same("description", "free_text"),
    },
    "admission_requests": {
        **_same("notes", "free_text"),
        **_same("deleted_at created_at updated_at", "date"),
    },
    "clinic_appointments": {
        **_same("starts_at", "date"),
    },
    "clinic_versions": {
        **_same("object object_changes", "other_id"),
    },
    "clinic_visits": {
        **_same("date created_at updated_at time", "date"),
        **_same("notes admin_notes", "free_text"),
    },
    "clinical_allergies": {
        **_same("description", "free_text"),
        **_same("recorded_at deleted_at", "date"),
    },
    "clinical_body_compositions": {
        **_same("assessed_on created_at updated_at", "date"),
        **_same("notes", "free_text"),
    },
    "clinical_dry_weights": {
        **_same("assessed_on created_at updated_at", "date"),
    },
    "clinical_versions": {
        **_same("object object_changes", "other_id"),
    },
    "delayed_jobs": {
        **_same("handler", "other_id"),
    },
    "directory_people": {
        **_same("given_name family_name", "name"),
        **_same("created_at updated_at", "date"),
    },
    "events": {
        **_same("date_time created_at updated_at", "date"),
        **_same("description notes", "free_text"),
    },
    "feed_messages": {
        **_same("body", "other_id"),
        **_same("patient_identifier", "mrn"),
    },
    "hd_diary_slots": {
        **_same("deleted_at created_at updated_at archived_at", "date"),
    },
    "hd_patient_statistics": {
        **_same("month created_at updated_at", "date"),
    },
    "hd_preference_sets": {
        **_same("entered_on created_at updated_at", "date"),
        **_same("notes", "free_text"),
    },
    "hd_prescription_administrations": {
        **_same("notes", "free_text"),
        **_same("created_at updated_at", "date"),
    },
    "hd_profiles": {
        **_same("prescribed_on created_at updated_at deactivated_at", "date"),
    },
    "hd_sessions": {
        **_same("performed_on start_time end_time created_at updated_at signed_off_at", "date"),
        **_same("notes", "free_text"),
        **_same("external_id", "other_id"),
    },
    "hd_transmission_logs": {
        **_same("payload external_session_id", "other_id"),
    },
    "hd_versions": {
        **_same("object object_changes", "other_id"),
    },
    "letter_archives": {
        **_same("content", "free_text"),
        **_same("created_at updated_at", "date"),
    },
    "letter_contacts": {
        **_same("created_at updated_at", "date"),
        **_same("notes", "free_text"),
    },
    "letter_electronic_receipts": {
        **_same("read_at created_at updated_at", "date"),
    },
    "letter_letters": {
        **_same(
            "issued_on signed_at created_at updated_at pathology_timestamp "
            "submitted_for_approval_at approved_at completed_at",
            "date",
        ),
        **_same("salutation", "name"),
        **_same("body notes", "free_text"),
    },
    "letter_recipients": {
        **_same("created_at updated_at emailed_at printed_at", "date"),
    },
    "letter_signatures": {
        **_same("signed_at created_at updated_at", "date"),
    },
    "low_clearance_profiles": {
        **_same("created_at updated_at", "date"),
    },
    "low_clearance_versions": {
        **_same("object object_changes", "other_id"),
    },
    "medication_prescription_terminations": {
        **_same("terminated_on created_at updated_at", "date"),
        **_same("notes", "free_text"),
    },
    "medication_prescriptions": {
        **_same("notes", "free_text"),
        **_same("prescribed_on created_at updated_at last_delivery_date", "date"),
    },
    "medication_prescription_versions": {
        **_same("object object_changes", "other_id"),
    },
    "messaging_messages": {
        **_same("body", "free_text"),
    },
    "modality_modalities": {
        **_same("notes", "free_text"),
        **_same("started_on ended_on created_at updated_at", "date"),
    },
    "pathology_current_observation_sets": {
        **_same("values created_at updated_at", "date"),
    },
    "pathology_observation_requests": {
        **_same("requestor_order_number", "other_id"),
        **_same("requested_at created_at updated_at", "date"),
    },
    "pathology_observations": {
        **_same("comment", "free_text"),
        **_same("observed_at created_at updated_at", "date"),
    },
    "pathology_requests_patient_rules": {
        **_same("start_date end_date", "date"),
    },
    "pathology_requests_requests": {
        **_same("created_at updated_at", "date"),
    },
    "patient_alerts": {
        **_same("notes", "free_text"),
        **_same("deleted_at created_at updated_at", "date"),
    },
    "patient_bookmarks": {
        **_same("created_at updated_at deleted_at", "date"),
        **_same("notes", "free_text"),
    },
    "patients": {
        **_same("nhs_number", "health_plan"),
        **_same(
            "local_patient_id local_patient_id_2 local_patient_id_3 local_patient_id_4 "
            "local_patient_id_5 external_patient_id legacy_patient_id",
            "mrn",
        ),
        **_same("family_name given_name", "name"),
        **_same(
            "born_on died_on cc_decision_on created_at updated_at allergy_status_updated_at "
            "renalreg_decision_on rpv_decision_on sent_to_ukrdc_at",
            "date",
        ),
        **_same("death_notes", "free_text"),
        **_same("telephone1 telephone2", "phone"),
        **_same("email", "email"),
        **_same("document", "other_id"),
    },
    "problem_problems": {
        **_same("description", "free_text"),
        **_same("date deleted_at created_at updated_at", "date"),
    },
    "transplant_recipient_operations": {
        **_same(
            "performed_on theatre_case_start_time donor_kidney_removed_from_ice_at "
            "kidney_perfused_with_blood_at created_at updated_at",
            "date",
        ),
        **_same("notes", "free_text"),
    },
    "patient_versions": {
        **_same("object object_changes", "other_id"),
    },
    "patient_worries": {
        **_same("created_at updated_at", "date"),
        **_same("notes", "free_text"),
    },
    "pd_assessments": {
        **_same("created_at updated_at", "date"),
    },
    "pd_exit_site_infections": {
        **_same("diagnosis_date created_at updated_at", "date"),
        **_same("treatment outcome notes", "free_text"),
    },
    "pd_infection_organisms": {
        **_same("created_at updated_at", "date"),
    },
    "pd_peritonitis_episodes": {
        **_same(
            "diagnosis_date treatment_start_date treatment_end_date created_at updated_at",
            "date",
        ),
        **_same("notes", "free_text"),
    },
    "pd_pet_adequacy_results": {
        **_same(
            "pet_date adequacy_date date_rff date_creat_clearance date_creat_value created_at "
            "updated_at",
            "date",
        ),
    },
    "pd_regime_bags": {
        **_same("created_at updated_at", "date"),
    },
    "pd_regime_terminations": {
        **_same("terminated_on created_at updated_at", "date"),
    },
    "pd_regimes": {
        **_same("start_date end_date created_at updated_at", "date"),
    },
    "pd_training_sessions": {
        **_same("created_at updated_at", "date"),
    },
    "problem_notes": {
        **_same("description", "free_text"),
        **_same("created_at updated_at", "date"),
    },
    "problem_versions": {
        **_same("object object_changes", "other_id"),
    },
    "renal_aki_alerts": {
        **_same("notes", "free_text"),
        **_same("created_at updated_at cre_date aki_date", "date"),
    },
    "renal_profiles": {
        **_same("esrf_on first_seen_on comorbidities_updated_on created_at updated_at", "date"),
    },
    "renal_versions": {
        **_same("object object_changes", "other_id"),
    },
    "research_study_participants": {
        **_same("joined_on left_on deleted_at created_at updated_at", "date"),
        **_same("external_id", "other_id"),
    },
    "transplant_donations": {
        **_same(
            "volunteered_on first_seen_on workup_completed_on donated_on created_at updated_at",
            "date",
        ),
        **_same("notes", "free_text"),
    },
    "transplant_donor_followups": {
        **_same("notes", "free_text"),
        **_same("last_seen_on dead_on created_at updated_at", "date"),
    },
    "transplant_donor_operations": {
        **_same("performed_on created_at updated_at", "date"),
        **_same("notes", "free_text"),
    },
    "transplant_donor_stages": {
        **_same("started_on terminated_on created_at updated_at", "date"),
        **_same("notes", "free_text"),
    },
    "transplant_donor_workups": {
        **_same("created_at updated_at", "date"),
    },
    "transplant_recipient_followups": {
        **_same("notes transplant_failure_notes", "free_text"),
        **_same("stent_removed_on transplant_failed_on created_at updated_at", "date"),
    },
    "transplant_recipient_workups": {
        **_same("created_at updated_at", "date"),
    },
    "transplant_registration_statuses": {
        **_same("started_on terminated_on created_at updated_at", "date"),
        **_same("notes", "free_text"),
    },
    "transplant_registrations": {
        **_same("referred_on assessed_on entered_on created_at updated_at", "date"),
        **_same("contact", "phone"),
        **_same("notes", "free_text"),
    },
    "transplant_versions": {
        **_same("object object_changes", "other_id"),
    },
    "ukrdc_transmission_logs": {
        **_same("payload", "other_id"),
    },
    "versions": {
        **_same("object object_changes", "other_id"),
    },
    "virology_profiles": {
        **_same("updated_at created_at", "date"),
    },
}


PHI["webadt"] = {
    "dependants": {
        **_same("parent child", "mrn"),
    },
    "patient": {
        **_same("medical_record_number patient_number_ccc", "mrn"),
        **_same("first_name last_name other_name", "name"),
        **_same(
            "dob date_enrolled timestamp start_regimen_date startphase endphase status_change_date "
            "nextappointment isoniazid_start_date isoniazid_end_date",
            "date",
        ),
        **_same("pob physical", "address"),
        **_same("phone alternate", "phone"),
        **_same("other_illnesses other_drugs adr support_group", "free_text"),
    },
    "patient_appointment": {
        **_same("patient merge", "mrn"),
        **_same("appointment", "date"),
    },
    "patient_visit": {
        **_same("patient_id migration_id", "mrn"),
        **_same("comment", "free_text"),
        **_same("timestamp dispensing_date dispensing_date_timestamp", "date"),
    },
    "spouses": {
        **_same("primary_spouse secondary_spouse", "mrn"),
    },
}


PHI["tssrips"] = {
    "prefactura_paciente": {
        **_same("NumeroDocumento", "ssn"),
        **_same("PrimerNombre SegundoNombre PrimerApellido SegundoApellido", "name"),
        **_same("FechaNacimiento Created Updated", "date"),
        **_same("Municipio CodigoDANE Direccion", "address"),
        **_same("Telefono", "phone"),
        **_same("Correo", "email"),
    },
    "prefactura_reservas": {
        **_same("NumeroAutorizacion", "other_id"),
        **_same("Observaciones", "free_text"),
        **_same("Created Updated", "date"),
    },
    "prefactura_reservas_citas": {
        **_same("Fecha Hora Created Updated", "date"),
        **_same("Observaciones", "free_text"),
    },
    "registra_ediciones": {
        **_same("ValorAnterior ValorNuevo", "other_id"),
    },
    "registra_eliminaciones": {
        **_same("Valor", "other_id"),
    },
    "registro_actualizacion_facturas": {
        **_same("FacturaAnterior FacturaNueva", "account"),
    },
    "salud_archivo_consultas": {
        **_same("num_factura", "account"),
        **_same("num_ident_usuario", "ssn"),
        **_same("fecha_consulta fecha_cargue Updated Sync", "date"),
        **_same("num_autorizacion", "other_id"),
    },
    "salud_archivo_control_glosas_respuestas": {
        **_same("num_factura", "account"),
        **_same("FechaIPS FechaAuditoria fecha_registo Updated Sync", "date"),
        **_same("observacion_auditor", "free_text"),
    },
    "salud_archivo_facturacion_mov_generados": {
        **_same("num_factura", "account"),
        **_same(
            "fecha_factura fecha_inicio fecha_final fecha_cargue fecha_radicado Updated Sync",
            "date",
        ),
        **_same("num_poliza", "health_plan"),
        **_same("numero_radicado", "other_id"),
    },
    "salud_archivo_facturacion_mov_pagados": {
        **_same("num_factura NumeroFacturaAdres", "account"),
        **_same("fecha_pago_factura fecha_cargue Updated Sync", "date"),
    },
    "salud_archivo_hospitalizaciones": {
        **_same("num_factura", "account"),
        **_same("num_ident_usuario", "ssn"),
        **_same(
            "fecha_ingreso_hospi hora_ingreso fecha_salida_hospi hora_salida_hospi fecha_cargue "
            "Updated Sync",
            "date",
        ),
        **_same("num_autorizacion", "other_id"),
    },
    "salud_archivo_medicamentos": {
        **_same("num_factura", "account"),
        **_same("num_ident_usuario", "ssn"),
        **_same("num_autorizacion", "other_id"),
        **_same("fecha_cargue Updated Sync", "date"),
    },
    "salud_archivo_nacidos": {
        **_same("num_factura", "account"),
        **_same("num_ident_usuario", "ssn"),
        **_same(
            "fecha_nacimiento_rn hora_nacimiento_rc fecha_muerte_rc hora_muerte_rc fecha_cargue "
            "Updated Sync",
            "date",
        ),
    },
    "salud_archivo_otros_servicios": {
        **_same("num_factura", "account"),
        **_same("num_ident_usuario", "ssn"),
        **_same("num_autorizacion", "other_id"),
        **_same("fecha_cargue Updated Sync", "date"),
    },
    "salud_archivo_procedimientos": {
        **_same("num_factura", "account"),
        **_same("num_ident_usuario", "ssn"),
        **_same("fecha_procedimiento fecha_cargue Updated Sync", "date"),
        **_same("num_autorizacion", "other_id"),
    },
    "salud_archivo_urgencias": {
        **_same("num_factura", "account"),
        **_same("num_ident_usuario", "ssn"),
        **_same(
            "fecha_ingreso hora_ingreso fecha_salida hora_salida fecha_cargue Updated Sync",
            "date",
        ),
        **_same("num_autorizacion", "other_id"),
    },
    "salud_archivo_usuarios": {
        **_same("num_ident_usuario", "ssn"),
        **_same(
            "primer_ape_usuario segundo_ape_usuario primer_nom_usuario segundo_nom_usuario",
            "name",
        ),
        **_same("cod_muni_residencial", "address"),
        **_same("fecha_cargue Updated Sync", "date"),
    },
    "salud_circular030_inicial": {
        **_same("num_factura numero_factura", "account"),
        **_same("fecha_factura fecha_radicado fecha_devolucion fecha_cargue Updated Sync", "date"),
    },
    "salud_cobros_prejuridicos_relaciones": {
        **_same("num_factura", "account"),
        **_same("Updated Sync", "date"),
    },
    "salud_conciliaciones_masivas_temp": {
        **_same("FechaConciliacion Updated Sync", "date"),
        **_same("num_factura", "account"),
        **_same("Observaciones", "free_text"),
    },
    "salud_control_generacion_respuestas_excel": {
        **_same("num_factura", "account"),
    },
    "salud_glosas_iniciales": {
        **_same("FechaIPS FechaAuditoria FechaRegistro Updated Sync", "date"),
        **_same("num_factura", "account"),
    },
    "salud_glosas_iniciales_temp": {
        **_same("FechaIPS FechaAuditoria FechaRegistro Updated Sync", "date"),
        **_same("num_factura", "account"),
        **_same("Observaciones", "free_text"),
    },
    "salud_glosas_masivas_temp": {
        **_same("FechaIPS FechaAuditoria Updated Sync", "date"),
        **_same("num_factura", "account"),
        **_same("Observaciones", "free_text"),
    },
    "salud_pagos_contributivo": {
        **_same("FechaPago FechaFactura fecha_cargue Updated Sync", "date"),
        **_same("numero_factura NumeroFactura", "account"),
    },
    "salud_pagos_temporal": {
        **_same("FechaFactura FechaPago fecha_cargue Updated Sync", "date"),
        **_same("NumeroFactura numero_factura", "account"),
    },
    "salud_registro_devoluciones_facturas": {
        **_same("FechaDevolucion FechaReciboAuditoria FechaRegistro Updated Sync", "date"),
        **_same("num_factura", "account"),
        **_same("Observaciones", "free_text"),
    },
    "salud_registro_glosas": {
        **_same("num_factura", "account"),
        **_same("FechaReporte fecha_factura Updated Sync", "date"),
        **_same("Observaciones", "free_text"),
    },
    "salud_rips_facturas_generadas_historico": {
        **_same("num_factura", "account"),
        **_same(
            "fecha_factura fecha_inicio fecha_final fecha_cargue fecha_radicado Updated Sync",
            "date",
        ),
        **_same("num_poliza", "health_plan"),
        **_same("numero_radicado", "other_id"),
    },
}


PHI["amrit"] = {
    "i_beneficiaryaccount": {
        **_same("AccountNo", "account"),
        **_same("CreatedDate LastModDate SyncedDate", "date"),
    },
    "i_beneficiaryaddress": {
        **_same(
            "PermAddrLine1 PermAddrLine2 PermAddrLine3 PermDistrict PermSubDistrict PermVillage "
            "PermHabitation PermPinCode PermCoordinate CurrAddrLine1 CurrAddrLine2 CurrAddrLine3 "
            "CurrDistrict CurrSubDistrict CurrVillage CurrHabitation CurrPinCode CurrCoordinate "
            "EmerAddrLine1 EmerAddrLine2 EmerAddrLine3 EmerDistrict EmerSubDistrict EmerVillage "
            "EmerHabitation EmerPinCode PermAddressValue CurrAddressValue EmerAddressValue "
            "EmerCoordinate",
            "address",
        ),
        **_same("CreatedDate LastModDate SyncedDate", "date"),
    },
    "i_beneficiaryconsent": {
        **_same("CreatedDate LastModDate SyncedDate", "date"),
    },
    "i_beneficiarycontacts": {
        **_same(
            "PreferredPhoneNum PreferredSMSPhoneNum EmergencyContactNum PhoneNum1 PhoneNum2 "
            "PhoneNum3 PhoneNum4 PhoneNum5",
            "phone",
        ),
        **_same("EmailId", "email"),
        **_same("CreatedDate LastModDate SyncedDate", "date"),
    },
    "i_beneficiarydetails": {
        **_same(
            "FirstName MiddleName LastName FatherName MotherName SpouseName PlaceOfWork",
            "name",
        ),
        **_same("MarriageDate DOB CreatedDate LastModDate SyncedDate", "date"),
        **_same("Remarks", "free_text"),
        **_same("familyid", "other_id"),
    },
    "i_beneficiarydetails_rmnch": {
        **_same("aadhaNo aadha_no", "ssn"),
        **_same(
            "dateofdelivey expectedDateofDelivery lastMenstrualPeriod registrationDate "
            "dateMarriage "
            "CreatedDate LastModDate SyncedDate DeliveryDate",
            "date",
        ),
        **_same("guidelineid rchid", "other_id"),
        **_same("latitude longitude", "address"),
        **_same("motherName", "name"),
        **_same("beneficiaryId RelatedBeneficiaryIds", "mrn"),
    },
    "i_beneficiaryfamilymapping": {
        **_same("CreatedDate LastModDate SyncedDate", "date"),
    },
    "i_beneficiaryidentity": {
        **_same("IdentityNo", "other_id"),
        **_same("IssueDate ExpiryDate CreatedDate LastModDate SyncedDate", "date"),
    },
    "i_beneficiaryimage": {
        **_same("BenImage", "photo"),
        **_same("BenBiometric", "biometric"),
        **_same("CreatedDate LastModDate SyncedDate", "date"),
    },
    "i_beneficiarymapping": {
        **_same("CreatedDate LastModDate SyncedDate", "date"),
    },
    "i_beneficiaryservicemapping": {
        **_same("FirstAvailedOn RegisteredDate CreatedDate LastModDate SyncedDate", "date"),
    },
    "i_benfamilytag": {
        **_same("Familyid", "other_id"),
        **_same("FamilyName FamilyHeadName", "name"),
        **_same("CreatedDate LastModDate SyncedDate", "date"),
    },
    "i_bornbirthdeatils": {
        **_same("beneficiaryId", "mrn"),
        **_same(
            "bcgDate bcgGivenDueDate hptDate hptGivenDueDate opvDate opvGivenDueDate vitaminkDate "
            "vitaminkGivenDueDate CreatedDate LastModDate SyncedDate",
            "date",
        ),
        **_same("childName", "name"),
        **_same("placeName", "address"),
    },
    "i_householddetails": {
        **_same(
            "block colony district districtname houseno pincode street village houseNum wardNo "
            "wardName mohallaName",
            "address",
        ),
        **_same("familyHeadName familyName", "name"),
        **_same("familyHeadPhoneNo", "phone"),
        **_same("rationCardDetails", "other_id"),
        **_same("CreatedDate LastModDate SyncedDate", "date"),
        **_same("beneficiaryId", "mrn"),
    },
    "m_beneficiaryregidmapping": {
        **_same("BeneficiaryID", "mrn"),
        **_same("LastModDate SyncedDate", "date"),
    },
    "i_ben_flow_outreach": {
        **_same("beneficiary_visit_code referred_visitcode", "other_id"),
        **_same("ben_name father_name spouse_name", "name"),
        **_same(
            "ben_dob created_date modified_date visitDate consultationDate registrationDate "
            "SyncedDate TCRequestDate",
            "date",
        ),
        **_same("ben_phone_no", "phone"),
        **_same("beneficiary_id", "mrn"),
        **_same("district village", "address"),
    },
    "t_ancwomenvaccinedetail": {
        **_same("VisitCode", "other_id"),
        **_same("ReceivedDate CreatedDate LastModDate SyncedDate", "date"),
    },
    "t_balvivahcomplaints": {
        **_same("childName childFatherName", "name"),
        **_same("marriageDate ComplaintDate CreatedDate LastModDate", "date"),
        **_same("RequestID", "other_id"),
    },
    "t_benadherence": {
        **_same("VisitCode", "other_id"),
        **_same("DrugReason ReferralReason", "free_text"),
        **_same("CreatedDate LastModDate SyncedDate", "date"),
    },
    "t_benallergyhistory": {
        **_same("VisitCode", "other_id"),
        **_same("OtherAllergicReaction Remarks", "free_text"),
        **_same("CreatedDate LastModDate SyncedDate", "date"),
    },
    "t_bencall": {
        **_same("CallID SessionID ChangeLog", "other_id"),
        **_same("PhoneNo SMS_Ph", "phone"),
        **_same(
            "CallTime CallEndTime CreatedDate LastModDate CZcallStartTime CZcallEndTime",
            "date",
        ),
        **_same("Remarks SMS_Advice complaintRemarks", "free_text"),
    },
    "t_benchiefcomplaint": {
        **_same("VisitCode", "other_id"),
        **_same("Description", "free_text"),
        **_same("CreatedDate LastModDate SyncedDate", "date"),
    },
    "t_benclinicalobservation": {
        **_same("VisitCode", "other_id"),
        **_same("ClinicalObservation OtherSymptoms SignificantFindings", "free_text"),
        **_same("CreatedDate LastModDate SyncedDate", "date"),
    },
    "t_bencomorbiditycondition": {
        **_same("VisitCode", "other_id"),
        **_same("Year CreatedDate LastModDate SyncedDate", "date"),
    },
    "t_benfamilyhistory": {
        **_same("VisitCode", "other_id"),
        **_same("CreatedDate LastModDate SyncedDate", "date"),
    },
    "t_benmedhistory": {
        **_same("VisitCode", "other_id"),
        **_same("YearofIllness YearofSurgery CreatedDate LastModDate SyncedDate", "date"),
    },
    "t_benmedicationhistory": {
        **_same("VisitCode", "other_id"),
        **_same("Year CreatedDate LastModDate SyncedDate", "date"),
    },
    "t_benmenstrualdetails": {
        **_same("VisitCode", "other_id"),
        **_same("LMPDate CreatedDate LastModDate SyncedDate", "date"),
    },
    "t_benpersonalhabit": {
        **_same("VisitCode", "other_id"),
        **_same("TobaccoUseDuration AlcoholDuration CreatedDate LastModDate SyncedDate", "date"),
    },
    "t_benreferdetails": {
        **_same("VisitCode", "other_id"),
        **_same("CreatedDate LastModDate SyncedDate revisitdate", "date"),
        **_same("referralreason OtherReferralReason", "free_text"),
    },
    "t_benvisitdetail": {
        **_same("VisitCode RCHID", "other_id"),
        **_same("VisitDateTime CarecontextLinkDate CreatedDate LastModDate SyncedDate", "date"),
        **_same("HealthID HealthIdNumber", "health_plan"),
        **_same("FP_Sideeffects_Other", "free_text"),
    },
    "t_bloodrequest": {
        **_same("RequestID", "other_id"),
        **_same("RecipientBeneficiaryID", "mrn"),
        **_same("RecipientName", "name"),
        **_same("OutboundDate CreatedDate LastModDate", "date"),
        **_same("Remarks Feedback", "free_text"),
    },
    "t_cdr": {
        **_same("address colony house_no landmarks pincode death_place", "address"),
        **_same("ben_id", "mrn"),
        **_same(
            "created_date death_date death_time notification_date updated_date visit_date",
            "date",
        ),
        **_same("father_name mother_name informant", "name"),
        **_same("landline mobile", "phone"),
    },
    "t_child_register": {
        **_same("baby_name", "name"),
        **_same("bcg_dose created_date hepb_dose opv0_dose updated_date vitk_dose", "date"),
        **_same("ben_id", "mrn"),
    },
    "t_infantbirthdetails": {
        **_same("Visitcode", "other_id"),
        **_same(
            "Dateofbirth Timeofbirth DateOfupdatingbirthdetails CreatedDate LastModDate SyncedDate",
            "date",
        ),
        **_same("OtherDeliveryComplication", "free_text"),
    },
    "t_lab_microscopy": {
        **_same("VisitCode", "other_id"),
        **_same("CreatedDate LastModDate SyncedDate", "date"),
    },
    "t_lab_othertest": {
        **_same("VisitCode", "other_id"),
        **_same("CreatedDate LastModDate SyncedDate", "date"),
    },
    "t_lab_pocdiagnostics": {
        **_same("VisitCode", "other_id"),
        **_same("CreatedDate LastModDate SyncedDate", "date"),
    },
    "t_lab_testorder": {
        **_same("VisitCode", "other_id"),
        **_same("CreatedDate LastModDate SyncedDate", "date"),
    },
    "t_lab_testresult": {
        **_same("VisitCode", "other_id"),
        **_same("Remarks", "free_text"),
        **_same("CreatedDate LastModDate SyncedDate", "date"),
    },
    "t_mctscallresponse": {
        **_same("MotherID ChildID", "other_id"),
        **_same(
            "OtherHrni OtherCongentialAnomalies ProbableCauseOfDefect OtherHrpReason Remarks",
            "free_text",
        ),
        **_same("CreatedDate LastModDate", "date"),
    },
    "t_mctsoutboundcalls": {
        **_same("MotherID ChildID", "other_id"),
        **_same("CallDateFrom CallDateTo PrefferedCallDate CreatedDate LastModDate", "date"),
    },
}


PHI["bchealthgateway"] = {
    "Email": {
        **_same("Body", "free_text"),
        **_same("CreatedDateTime LastRetryDateTime SentDateTime UpdatedDateTime", "date"),
        **_same("To", "email"),
    },
    "MessagingVerification": {
        **_same("CreatedBy UpdatedBy HdId", "mrn"),
        **_same("CreatedDateTime ExpireDate UpdatedDateTime", "date"),
        **_same("SMSNumber", "phone"),
    },
    "UserProfile": {
        **_same("UserProfileId CreatedBy UpdatedBy", "mrn"),
        **_same("ClosedDateTime CreatedDateTime LastLoginDateTime UpdatedDateTime", "date"),
        **_same("Email", "email"),
        **_same("IdentityManagementId", "other_id"),
        **_same("SMSNumber", "phone"),
    },
    "AllowedDelegation": {
        **_same("DependentHdId DelegateHdId CreatedBy UpdatedBy", "mrn"),
        **_same("CreatedDateTime UpdatedDateTime", "date"),
    },
    "AuditEvent": {
        **_same("ApplicationSubject", "mrn"),
        **_same("ClientIP", "ip"),
    },
}


PHI["hhims"] = {
    "admission": {
        **_same("BHT", "other_id"),
        **_same("AdmissionDate DischargeDate CreateDate LastUpDate OnSetDate DeathDate", "date"),
        **_same("Complaint Discharge_Remarks Remarks", "free_text"),
        **_same("O_PID", "mrn"),
    },
    "admission_diagnosis": {
        **_same("Remarks", "free_text"),
        **_same("CreateDate LastUpDate DiagnosisDate", "date"),
    },
    "admission_notes": {
        **_same("Note", "free_text"),
        **_same("CreateDate LastUpDate", "date"),
    },
    "admission_prescribe_items": {
        **_same("Remarks", "free_text"),
        **_same("CreateDate LastUpDate StopDate given_date_time", "date"),
    },
    "admission_prescribe_items_dispense": {
        **_same("given_date_time CreateDate LastUpDate", "date"),
        **_same("Remarks", "free_text"),
    },
    "admission_prescription": {
        **_same("PrescribeDate CreateDate LastUpDate", "date"),
    },
    "admission_procedures": {
        **_same("Remarks", "free_text"),
        **_same("CreateDate LastUpDate ProcedureDate", "date"),
    },
    "admission_transfer": {
        **_same("TransferDate CreateDate LastUpDate", "date"),
    },
    "appointment": {
        **_same("VDate VTime CreateDate LastUpDate", "date"),
    },
    "attachment": {
        **_same("Attach_Description Attach_Comment", "free_text"),
        **_same("Attach_Link", "mrn"),
        **_same("CreateDate LastUpDate", "date"),
    },
    "attachment_comment": {
        **_same("Comment_Date CreateDate LastUpDate", "date"),
        **_same("Comment", "free_text"),
    },
    "clinic_patient": {
        **_same("next_visit_date next_visit_time CreateDate LastUpDate", "date"),
        **_same("remarks", "free_text"),
    },
    "clinic_prescribe_items": {
        **_same("Remarks", "free_text"),
        **_same("CreateDate LastUpDate", "date"),
    },
    "clinic_prescription": {
        **_same("PrescribeDate CreateDate LastUpDate", "date"),
    },
    "lab_order": {
        **_same("OrderDate CollectionDateTime CreateDate LastUpDate", "date"),
        **_same("O_PID", "mrn"),
        **_same("Remarks", "free_text"),
    },
    "lab_order_items": {
        **_same("CreateDate LastUpDate", "date"),
    },
    "notification": {
        **_same("Remarks", "free_text"),
        **_same("CreateDate LastUpDate notificationDate", "date"),
    },
    "opd_notes": {
        **_same("notes", "free_text"),
        **_same("CreateDate LastUpDate", "date"),
    },
    "opd_presciption": {
        **_same("PrescribeDate CreateDate LastUpDate", "date"),
        **_same("O_PID", "mrn"),
    },
    "opd_treatment": {
        **_same("Remarks", "free_text"),
        **_same("CreateDate LastUpDate", "date"),
    },
    "opd_visits": {
        **_same("DateTimeOfVisit OnSetDate CreateDate LastUpDate", "date"),
        **_same("Complaint Remarks", "free_text"),
        **_same("O_PID", "mrn"),
    },
    "patient": {
        **_same("LPID Old_PID HIN", "mrn"),
        **_same("Full_Name_Registered Personal_Used_Name ContactPerson", "name"),
        **_same("NIC", "ssn"),
        **_same("DateOfBirth CreateDate LastUpDate DeathDate", "date"),
        **_same("Telephone", "phone"),
        **_same(
            "Birth_Address_Street Birth_Address_Village Birth_Address_DSDivision "
            "Birth_Address_District Birth_Address_ZIP Address_Street Address_Village "
            "Address_DSDivision Address_District Address_ZIP Address_Street1",
            "address",
        ),
        **_same("Remarks", "free_text"),
    },
    "patient_alergy": {
        **_same("Remarks", "free_text"),
        **_same("CreateDate LastUpDate", "date"),
        **_same("O_PID", "mrn"),
    },
    "patient_exam": {
        **_same("CreateDate LastUpDate ExamDate", "date"),
        **_same("O_PID", "mrn"),
    },
    "patient_history": {
        **_same("Remarks", "free_text"),
        **_same("CreateDate LastUpDate HistoryDate", "date"),
        **_same("O_PID", "mrn"),
    },
    "patient_injection": {
        **_same("complete_date CreateDate LastUpDate", "date"),
        **_same("remarks", "free_text"),
    },
    "patient_notes": {
        **_same("notes", "free_text"),
        **_same("CreateDate LastUpDate", "date"),
    },
    "prescribe_items": {
        **_same("Remarks", "free_text"),
        **_same("CreateDate LastUpDate", "date"),
    },
    "qb_bill": {
        **_same("DateCreate DatePaid CreateDate LastUpDate", "date"),
    },
    "qb_bill_item": {
        **_same("DateCreate CreateDate LastUpDate", "date"),
    },
    "questionnaire": {
        **_same("Date CreateDate LastUpDate", "date"),
    },
    "questionnaire_data": {
        **_same("CreateDate LastUpDate", "date"),
    },
    "qu_answer": {
        **_same("CreateDate LastUpDate", "date"),
    },
    "qu_quest_answer": {
        **_same("CreateDate LastUpDate", "date"),
    },
    "recent_patient": {
        **_same("O_PID", "mrn"),
    },
    "user_chat_message": {
        **_same("Message", "free_text"),
    },
}


PHI["llemr"] = {
    "core_patient": {
        **_same(
            "first_name last_name middle_name alternate_phone_1_owner alternate_phone_2_owner "
            "alternate_phone_3_owner alternate_phone_4_owner",
            "name",
        ),
        **_same(
            "phone alternate_phone_1 alternate_phone_2 alternate_phone_3 alternate_phone_4",
            "phone",
        ),
        **_same("address city zip_code pcp_preferred_zip", "address"),
        **_same("date_of_birth", "date"),
        **_same("email", "email"),
    },
    "core_historicalpatient": {
        **_same(
            "first_name last_name middle_name alternate_phone_1_owner alternate_phone_2_owner "
            "alternate_phone_3_owner alternate_phone_4_owner",
            "name",
        ),
        **_same(
            "phone alternate_phone_1 alternate_phone_2 alternate_phone_3 alternate_phone_4",
            "phone",
        ),
        **_same("address city zip_code pcp_preferred_zip", "address"),
        **_same("date_of_birth history_date", "date"),
        **_same("email", "email"),
    },
    "core_document": {
        **_same("written_datetime last_modified", "date"),
        **_same("comments", "free_text"),
    },
    "core_historicaldocument": {
        **_same("written_datetime last_modified history_date", "date"),
        **_same("comments", "free_text"),
    },
    "core_actionitem": {
        **_same("written_datetime last_modified completion_date due_date", "date"),
        **_same("comments", "free_text"),
    },
    "core_historicalactionitem": {
        **_same("written_datetime last_modified completion_date due_date history_date", "date"),
        **_same("comments", "free_text"),
    },
    "core_encounter": {
        **_same("clinic_day", "date"),
    },
    "demographics_demographics": {
        **_same("creation_date last_date_physician_visit", "date"),
    },
    "demographics_historicaldemographics": {
        **_same("creation_date last_date_physician_visit history_date", "date"),
    },
    "workup_basicnote": {
        **_same("written_datetime last_modified", "date"),
        **_same("text", "free_text"),
    },
    "workup_historicalbasicnote": {
        **_same("written_datetime last_modified history_date", "date"),
        **_same("text", "free_text"),
    },
    "workup_attestablebasicnote": {
        **_same("written_datetime last_modified signed_date", "date"),
        **_same("text", "free_text"),
    },
    "workup_historicalattestablebasicnote": {
        **_same("written_datetime last_modified signed_date history_date", "date"),
        **_same("text", "free_text"),
    },
    "workup_workup": {
        **_same("written_datetime last_modified signed_date", "date"),
        **_same(
            "chief_complaint diagnosis hpi pmh psh meds allergies fam_hx soc_hx ros pe "
            "labs_ordered_external labs_ordered_internal rx a_and_p",
            "free_text",
        ),
    },
    "workup_historicalworkup": {
        **_same("written_datetime last_modified signed_date history_date", "date"),
        **_same(
            "chief_complaint diagnosis hpi pmh psh meds allergies fam_hx soc_hx ros pe "
            "labs_ordered_external labs_ordered_internal rx a_and_p",
            "free_text",
        ),
    },
    "workup_addendum": {
        **_same("written_datetime last_modified", "date"),
        **_same("text", "free_text"),
    },
    "followup_actionitemfollowup": {
        **_same("written_datetime last_modified", "date"),
        **_same("comments", "free_text"),
    },
    "followup_historicalactionitemfollowup": {
        **_same("written_datetime last_modified history_date", "date"),
        **_same("comments", "free_text"),
    },
    "followup_labfollowup": {
        **_same("written_datetime last_modified", "date"),
        **_same("comments", "free_text"),
    },
    "followup_historicallabfollowup": {
        **_same("written_datetime last_modified history_date", "date"),
        **_same("comments", "free_text"),
    },
    "appointment_appointment": {
        **_same("written_datetime last_modified clindate clintime", "date"),
        **_same("comment", "free_text"),
    },
    "appointment_historicalappointment": {
        **_same("written_datetime last_modified clindate clintime history_date", "date"),
        **_same("comment", "free_text"),
    },
    "referral_referral": {
        **_same("written_datetime last_modified", "date"),
        **_same("comments", "free_text"),
    },
    "referral_followuprequest": {
        **_same("written_datetime last_modified completion_date due_date", "date"),
        **_same("contact_instructions", "free_text"),
    },
    "referral_patientcontact": {
        **_same("written_datetime last_modified", "date"),
    },
    "vaccine_vaccineseries": {
        **_same("written_datetime last_modified", "date"),
    },
    "vaccine_vaccinedose": {
        **_same("written_datetime last_modified", "date"),
    },
    "vaccine_vaccineactionitem": {
        **_same("written_datetime last_modified completion_date due_date", "date"),
        **_same("comments", "free_text"),
    },
    "vaccine_vaccinefollowup": {
        **_same("written_datetime last_modified dose_date", "date"),
        **_same("comments", "free_text"),
    },
    "labs_lab": {
        **_same("lab_time", "date"),
    },
    "inventory_dispensehistory": {
        **_same("written_datetime last_modified", "date"),
    },
    "surveys_response": {
        **_same("created_at", "date"),
    },
}


PHI["connectnhin"] = {
    "auditrepository": {
        **_same("message", "other_id"),
    },
    "docregistry": {
        **_same("DocumentUniqueId ParentDocumentId NewDocumentUniqueId", "other_id"),
        **_same("CreationTime ServiceStartTime ServiceStopTime Pid7", "date"),
        **_same("PatientId SourcePatientId Pid3", "mrn"),
        **_same("Comments", "free_text"),
        **_same("Pid5", "name"),
        **_same("Pid11", "address"),
    },
    "docrepository": {
        **_same("RawData DocumentUniqueId", "other_id"),
    },
    "correlatedidentifiers": {
        **_same("PatientId CorrelatedPatientId RlsId", "mrn"),
        **_same("CorrelationExpirationDate", "date"),
    },
    "pddeferredcorrelation": {
        **_same("PatientId", "mrn"),
        **_same("CreationTime", "date"),
    },
    "asyncmsgrepo": {
        **_same("CreationTime ResponseTime", "date"),
        **_same("MsgData RspData", "other_id"),
    },
    "patient": {
        **_same("dateOfBirth", "date"),
        **_same("ssn", "ssn"),
    },
    "identifier": {
        **_same("id", "mrn"),
    },
    "personname": {
        **_same("firstName middleName lastName", "name"),
    },
    "address": {
        **_same("street1 street2 city postal", "address"),
    },
    "phonenumber": {
        **_same("value", "phone"),
    },
    "recordlocatorservice": {
        **_same("RequestedPatientId PatientId", "mrn"),
    },
    "dyndocrepos_document": {
        **_same("DocumentUniqueId ParentDocumentId RawData", "other_id"),
        **_same("CreationTime ServiceStartTime ServiceStopTime Pid7", "date"),
        **_same("PatientId SourcePatientId Pid3", "mrn"),
        **_same("Comments", "free_text"),
        **_same("Pid5", "name"),
        **_same("Pid11", "address"),
    },
    "SBYN_SYSTEMOBJECT": {
        **_same("LID", "mrn"),
        **_same("CREATEDATE UPDATEDATE", "date"),
    },
    "SBYN_SYSTEMSBR": {
        **_same("EUID", "mrn"),
        **_same("CREATEDATE UPDATEDATE", "date"),
    },
    "SBYN_OVERWRITE": {
        **_same("EUID", "mrn"),
        **_same("STRINGDATA", "other_id"),
        **_same("DATEDATA TIMESTAMPDATA", "date"),
    },
    "SBYN_ENTERPRISE": {
        **_same("LID EUID", "mrn"),
    },
    "SBYN_TRANSACTION": {
        **_same("LID1 LID2 EUID1 EUID2 LID EUID", "mrn"),
        **_same("TIMESTAMP", "date"),
        **_same("DELTA", "other_id"),
    },
    "SBYN_ASSUMEDMATCH": {
        **_same("EUID LID", "mrn"),
    },
    "SBYN_POTENTIALDUPLICATES": {
        **_same("RESOLVEDDATE", "date"),
        **_same("RESOLVEDCOMMENT", "free_text"),
        **_same("EUID2 EUID1", "mrn"),
    },
    "SBYN_AUDIT": {
        **_same("EUID EUID_AUX", "mrn"),
    },
    "SBYN_MERGE": {
        **_same("KEPT_EUID MERGED_EUID", "mrn"),
    },
    "SBYN_PATIENT": {
        **_same("LID", "mrn"),
        **_same(
            "FIRSTNAME FIRSTNAME_STD FIRSTNAME_PHON MIDDLENAME LASTNAME LASTNAME_STD "
            "LASTNAME_PHON SPOUSENAME MOTHERNAME MOTHERMN FATHERNAME MAIDEN",
            "name",
        ),
        **_same("SSN", "ssn"),
        **_same("DOB DOD", "date"),
        **_same("POBCITY", "address"),
        **_same("DRIVERLICENSE", "licence"),
        **_same("DEATHCERTIFICATE", "other_id"),
    },
    "SBYN_PATIENTSBR": {
        **_same("EUID", "mrn"),
        **_same(
            "FIRSTNAME FIRSTNAME_STD FIRSTNAME_PHON MIDDLENAME LASTNAME LASTNAME_STD "
            "LASTNAME_PHON SPOUSENAME MOTHERNAME MOTHERMN FATHERNAME MAIDEN",
            "name",
        ),
        **_same("SSN", "ssn"),
        **_same("DOB DOD", "date"),
        **_same("POBCITY", "address"),
        **_same("DRIVERLICENSE", "licence"),
        **_same("DEATHCERTIFICATE", "other_id"),
    },
    "SBYN_ALIAS": {
        **_same("FIRSTNAME MIDDLENAME LASTNAME", "name"),
    },
    "SBYN_ALIASSBR": {
        **_same("FIRSTNAME MIDDLENAME LASTNAME", "name"),
    },
    "SBYN_ADDRESS": {
        **_same(
            "ADDRESSLINE1 ADDRESSLINE1_HOUSENO ADDRESSLINE1_STNAME ADDRESSLINE1_STPHON "
            "ADDRESSLINE2 CITY POSTALCODE POSTALCODEEXT COUNTY",
            "address",
        ),
    },
    "SBYN_ADDRESSSBR": {
        **_same(
            "ADDRESSLINE1 ADDRESSLINE1_HOUSENO ADDRESSLINE1_STNAME ADDRESSLINE1_STPHON "
            "ADDRESSLINE2 CITY POSTALCODE POSTALCODEEXT COUNTY",
            "address",
        ),
    },
    "SBYN_PHONE": {
        **_same("PHONE PHONEEXT", "phone"),
    },
    "SBYN_PHONESBR": {
        **_same("PHONE PHONEEXT", "phone"),
    },
}


PHI["loris"] = {
    "candidate": {
        **_same("PSCID ExternalID", "mrn"),
        **_same("DoB DoD EDC Date_active Date_registered Testdate ProbandDoB", "date"),
        **_same("flagged_other", "free_text"),
    },
    "session": {
        **_same(
            "Date_stage_change Date_screening Date_visit Date_status_change Date_approval "
            "Date_active Date_registered Testdate MRIQCFirstChangeTime MRIQCLastChangeTime",
            "date",
        ),
    },
    "instrument_data": {
        **_same("Data", "other_id"),
    },
    "flag": {
        **_same("Testdate", "date"),
    },
    "history": {
        **_same("old new", "other_id"),
    },
    "tarchive": {
        **_same("DicomArchiveID AcquisitionMetadata", "other_id"),
        **_same("PatientID", "mrn"),
        **_same("PatientName", "name"),
        **_same(
            "PatientDoB LastUpdate DateAcquired DateFirstArchived DateLastArchived DateSent",
            "date",
        ),
    },
    "tarchive_series": {
        **_same("SeriesUID", "other_id"),
    },
    "hrrt_archive": {
        **_same("DateAcquired DateArchived", "date"),
        **_same("PatientName", "name"),
    },
    "files": {
        **_same("SeriesUID", "other_id"),
        **_same("InsertTime AcquisitionDate", "date"),
    },
    "files_qcstatus": {
        **_same("SeriesUID", "other_id"),
        **_same("QCFirstChangeTime QCLastChangeTime", "date"),
    },
    "mri_upload": {
        **_same("UploadDate", "date"),
        **_same("PatientName", "name"),
    },
    "MRICandidateErrors": {
        **_same("SeriesUID", "other_id"),
        **_same("PatientName", "name"),
    },
    "mri_violations_log": {
        **_same("SeriesUID", "other_id"),
        **_same("PatientName", "name"),
    },
    "mri_protocol_violated_scans": {
        **_same("PSCID", "mrn"),
        **_same("PatientName", "name"),
        **_same("SeriesUID", "other_id"),
    },
    "document_repository": {
        **_same("PSCID", "mrn"),
        **_same("Date_taken Date_uploaded", "date"),
        **_same("comments", "free_text"),
    },
    "conflicts_unresolved": {
        **_same("Value1 Value2", "other_id"),
    },
    "conflicts_resolved": {
        **_same("OldValue1 OldValue2 NewValue", "other_id"),
    },
    "participant_status": {
        **_same("data_entry_date", "date"),
        **_same("reason_specify", "free_text"),
    },
    "participant_accounts": {
        **_same("UserComments", "free_text"),
    },
    "participant_status_history": {
        **_same("data_entry_date", "date"),
        **_same("reason_specify", "free_text"),
    },
    "media": {
        **_same("date_taken last_modified", "date"),
        **_same("comments", "free_text"),
    },
    "issues": {
        **_same("title description", "free_text"),
        **_same("dateCreated lastUpdate", "date"),
    },
    "issues_history": {
        **_same("newValue", "other_id"),
    },
    "issues_comments": {
        **_same("dateAdded", "date"),
        **_same("issueComment", "free_text"),
    },
    "issues_comments_history": {
        **_same("newValue", "free_text"),
    },
    "issues_attachments": {
        **_same("description", "free_text"),
    },
    "parameter_candidate": {
        **_same("Value", "other_id"),
        **_same("InsertTime", "date"),
    },
    "parameter_file": {
        **_same("Value", "other_id"),
        **_same("InsertTime", "date"),
    },
    "parameter_session": {
        **_same("InsertTime", "date"),
    },
    "genomic_files": {
        **_same("Date_taken Date_inserted", "date"),
        **_same("SampleID", "other_id"),
        **_same("Notes", "free_text"),
    },
    "genomic_sample_candidate_rel": {
        **_same("sample_label", "other_id"),
    },
    "genomic_cpg": {
        **_same("sample_label", "other_id"),
    },
    "feedback_bvl_thread": {
        **_same("Date_taken Testdate", "date"),
    },
    "feedback_bvl_entry": {
        **_same("Comment", "free_text"),
        **_same("Testdate", "date"),
    },
    "feedback_mri_comments": {
        **_same("SeriesUID", "other_id"),
        **_same("Comment", "free_text"),
        **_same("ChangeTime", "date"),
    },
    "candidate_consent_rel": {
        **_same("DateGiven DateWithdrawn", "date"),
    },
    "candidate_consent_history": {
        **_same("EntryDate DateGiven DateWithdrawn", "date"),
        **_same("PSCID", "mrn"),
    },
    "candidate_diagnosis_evolution_rel": {
        **_same("LastUpdate", "date"),
    },
    "dataquery_run_results": {
        **_same("RowData", "other_id"),
    },
    "appointment": {
        **_same("StartsAt", "date"),
    },
    "biobank_container": {
        **_same("Barcode", "other_id"),
        **_same("Comments", "free_text"),
        **_same("DateTimeCreate DateTimeUpdate", "date"),
    },
    "biobank_specimen_collection": {
        **_same("Date Time", "date"),
        **_same("Comments", "free_text"),
    },
    "biobank_specimen_preparation": {
        **_same("Date Time", "date"),
        **_same("Comments", "free_text"),
    },
    "biobank_specimen_analysis": {
        **_same("Date Time", "date"),
        **_same("Comments", "free_text"),
    },
}


PHI["hmislk"] = {
    "PATIENTSAMPLECOMPONANT": {
        **_same("CANCELLEDAT CREATEDAT SAMPLEDAT", "date"),
        **_same("SAMPLECOMMENTS", "free_text"),
    },
    "BILL": {
        **_same(
            "APPOINTMENTAT APPROVEAT BILLDATE BILLTIME CHECKEAT CHEQUEDATE CREATEDAT EDITEDAT "
            "INVOICEDATE PAIDAT RETIREDAT SMSEDAT",
            "date",
        ),
        **_same("BOOKINGID referralID", "other_id"),
        **_same("CATID CREDITCARDREFNO DEPTID INSID INVOICENUMBER SESSIONID", "account"),
        **_same("COMMENTS", "free_text"),
    },
    "PATIENTITEM": {
        **_same("CREATEDAT FROMTIME RETIREDAT TOTIME", "date"),
    },
    "SMS": {
        **_same("CREATEDAT RETIREDAT SENTAT", "date"),
        **_same("RECEIPIENTNUMBER", "phone"),
        **_same("SENDINGMESSAGE", "free_text"),
    },
    "AUDITEVENT": {
        **_same("AFTEREDIT BEFOREEDIT", "other_id"),
    },
    "PATIENTROOM": {
        **_same(
            "ADMITTEDAT CREATEDAT DISCHARGEDAT PRINTADMITTEDAT PRINTDISCHARGEAT RETIREDAT",
            "date",
        ),
    },
    "BILLFEE": {
        **_same("FEEAT CREATEDAT EDITEDAT RETIREDAT", "date"),
    },
    "PATIENTENCOUNTER": {
        **_same("BHTLONG BHTNO ENCOUNTERID REFERANCENO REFERRALID", "other_id"),
        **_same("COMMENTS", "free_text"),
        **_same(
            "CREATEDAT DATEOFADMISSION DATEOFDISCHARGE ENCOUNTERDATE ENCOUNTERDATETIME FROMTIME "
            "PRINTINGADMISSIONTIME PRINTINGDISCHARGETIME RETIREDAT TIMEOFADMISSION "
            "TIMEOFDISCHARGE TOTIME APPOINTMENTDATE APPOINTMENTTIMEFROM APPOINTMENTTIMETO",
            "date",
        ),
        **_same("POLICYNO", "health_plan"),
    },
    "ANALYZERMESSAGE": {
        **_same("MESSAGE", "other_id"),
    },
    "ENCOUNTERCOMPONENT": {
        **_same("CREATEDAT RETIREDAT", "date"),
        **_same("DESCRIPTION", "free_text"),
    },
    "PRESCRIPTION": {
        **_same("CREATEDAT EDITEDAT RETIREDAT", "date"),
    },
    "CLINICALFINDINGVALUE": {
        **_same("IMAGEVALUE", "other_id"),
        **_same("LOBVALUE STRINGVALUE", "free_text"),
    },
    "BILLCOMPONENT": {
        **_same("CATID DEPTID INSID SESSIONID", "account"),
        **_same("CREATEDAT RETIREDAT", "date"),
    },
    "PERSON": {
        **_same("ADDRESS ZONECODE", "address"),
        **_same("CREATEDAT DOB EDITEDAT RETIREDAT", "date"),
        **_same("DESCRIPTION", "free_text"),
        **_same("EMAIL", "email"),
        **_same("FAX", "fax"),
        **_same("TNAME INITIALS LASTNAME NAME SNAME SURNAME", "name"),
        **_same("MOBILE PHONE", "phone"),
        **_same("NIC", "ssn"),
        **_same("WEBSITE", "url"),
    },
    "BILLITEM": {
        **_same("AGENTREFNO", "other_id"),
        **_same("BILLTIME CREATEDAT EDITEDAT FROMTIME RETIREDAT SESSIONDATE TOTIME", "date"),
        **_same("CATID DEPTID INSID SESSIONID", "account"),
        **_same("DESCREPTION", "free_text"),
    },
    "PATIENT": {
        **_same("BAIMAGE", "photo"),
        **_same("CARDISSUEDDATE CREATEDAT EDITEDAT FROMDATE RETIREDAT TODATE", "date"),
        **_same("CODE PATIENTID PHN", "mrn"),
        **_same("COMMENTS", "free_text"),
        **_same("HINNO PINNO", "other_id"),
    },
    "FAMILYMEMBER": {
        **_same("CREATEDAT EDITEDAT RETIREDAT", "date"),
    },
    "FAMILY": {
        **_same("COMMENTS", "free_text"),
        **_same("CREATEDAT EDITEDAT RETIREDAT", "date"),
        **_same("MEMBERSHIPCARDNO", "account"),
        **_same("PHONENO", "phone"),
    },
    "PATIENTREPORT": {
        **_same(
            "APPROVEAT CANCELLEDAT CREATEDAT DATAENTRYAT PRINTINGAT RETIREDAT RETURNEDAT",
            "date",
        ),
        **_same("APPROVECOMMENTS DATAENTRYCOMMENTS PRINTINGCOMMENTS", "free_text"),
        **_same("QRCODECONTENTSDETAILED", "other_id"),
    },
    "PATIENTFLAG": {
        **_same("CREATEDAT RETIREDAT", "date"),
    },
    "APPEMAIL": {
        **_same("CREATEDAT RETIREDAT SENTAT", "date"),
        **_same("MESSAGEBODY", "free_text"),
        **_same("RECEIPIENTEMAIL", "email"),
    },
    "BILLSESSION": {
        **_same(
            "ABSENTMARKEDAT ABSENTUNMARKEDAT CREATEDAT RETIREDAT SESSIONDATE SESSIONTIME",
            "date",
        ),
    },
    "PATIENTSAMPLE": {
        **_same("CANCELLEDAT CREATEDAT RECEIVEDFROMANALYZERAT SAMPLEDAT SENTTOANALYZERAT", "date"),
        **_same("SAMPLECOMMENTS", "free_text"),
    },
    "FORMITEMVALUE": {
        **_same("BAIMAGE", "other_id"),
        **_same("LOBVALUE", "free_text"),
    },
    "PERSONRELATIONSHIP": {
        **_same("CREATEDAT RETIREDAT", "date"),
    },
    "PATIENTINVESTIGATION": {
        **_same(
            "APPROVEAT CANCELLEDAT CREATEDAT DATAENTRYAT OUTSOURCEDAT PERFORMEDAT PRINTINGAT "
            "RECEIVEDAT RETIREDAT RETURNEDAT SAMPLEDAT",
            "date",
        ),
        **_same(
            "APPROVECOMMENTS DATAENTRYCOMMENTS OUTSOURCEDCOMMENTS PERFORMCOMMENTS "
            "PRINTINGCOMMENTS RECEIVECOMMENTS SAMPLECOMMENTS",
            "free_text",
        ),
    },
    "PATIENTREPORTITEMVALUE": {
        **_same("BAIMAGE", "other_id"),
        **_same("LOBVALUE", "free_text"),
    },
    "PAYMENT": {
        **_same("CHEQUEDATE CREATEDAT REALIZEDAT RETIREDAT TOREALIZEAT WRITTENAT", "date"),
        **_same("COMMENTS", "free_text"),
        **_same("CREDITCARDREFNO", "account"),
    },
}


PHI["sautiris"] = {
    "radiology_orders": {
        **_same("accession_number order_number study_instance_uid", "other_id"),
        **_same("clinical_indication patient_history special_instructions", "free_text"),
        **_same("scheduled_at started_at completed_at created_at updated_at", "date"),
    },
    "schedule_slots": {
        **_same("scheduled_start scheduled_end created_at updated_at", "date"),
        **_same("notes", "free_text"),
    },
    "radiology_reports": {
        **_same("accession_number", "other_id"),
        **_same(
            "findings impression recommendation technique comparison clinical_information body",
            "free_text",
        ),
        **_same("reported_at approved_at distributed_at created_at updated_at", "date"),
    },
    "report_versions": {
        **_same("findings impression body", "free_text"),
        **_same("changed_at", "date"),
    },
    "worklist_items": {
        **_same(
            "accession_number scheduled_procedure_step_id requested_procedure_id mpps_uid",
            "other_id",
        ),
        **_same("patient_id", "mrn"),
        **_same("patient_name", "name"),
        **_same("patient_dob scheduled_start created_at updated_at", "date"),
    },
    "order_billing": {
        **_same("assigned_at created_at updated_at", "date"),
    },
    "dose_records": {
        **_same("study_instance_uid", "other_id"),
        **_same("recorded_at created_at updated_at", "date"),
    },
    "peer_reviews": {
        **_same("comments", "free_text"),
        **_same("reviewed_at created_at updated_at", "date"),
    },
    "discrepancies": {
        **_same("description clinical_impact resolution", "free_text"),
        **_same("resolved_at created_at updated_at", "date"),
    },
    "critical_alerts": {
        **_same("finding_description", "free_text"),
        **_same("notified_at acknowledged_at escalated_at created_at updated_at", "date"),
    },
    "tat_metrics": {
        **_same("measured_at created_at updated_at", "date"),
    },
    "ai_findings": {
        **_same("description", "free_text"),
        **_same("raw_response", "other_id"),
        **_same("reviewed_at created_at updated_at", "date"),
    },
    "audit_logs": {
        **_same("details", "other_id"),
    },
}


PHI["hcupsid"] = {
    "sid_core": {
        **_same(
            "AHOUR AMONTH DHOUR DQTR DMONTH BMONTH PRMONTH1 PRMONTH2 PRMONTH3 PRMONTH4 PRMONTH5 "
            "PRMONTH6 PRMONTH7 PRMONTH8 PRMONTH9 PRMONTH10 PRMONTH11 PRMONTH12 PRMONTH13 "
            "PRMONTH14 PRMONTH15 PRMONTH16 PRMONTH17 PRMONTH18 PRMONTH19 PRMONTH20 PRMONTH21 "
            "PRMONTH22 PRMONTH23 PRMONTH24",
            "date",
        ),
        **_same("PSTCO PSTCO2 TOWN ZIP", "address"),
    },
    "sedd_core": {
        **_same(
            "AHOUR AMONTH DHOUR DQTR DMONTH BMONTH PRMONTH1 PRMONTH2 PRMONTH3 PRMONTH4 PRMONTH5 "
            "PRMONTH6 PRMONTH7 PRMONTH8 PRMONTH9 PRMONTH10 PRMONTH11 PRMONTH12 PRMONTH13 "
            "PRMONTH14 PRMONTH15 PRMONTH16 PRMONTH17 PRMONTH18",
            "date",
        ),
        **_same("PSTCO PSTCO2 TOWN ZIP", "address"),
    },
}


PHI["canvasmed"] = {
    "canvas_sdk_data_api_allergyintolerance_001": {
        **_same(
            "created modified onset_date onset_date_original_input last_occurrence "
            "last_occurrence_original_input recorded_date",
            "date",
        ),
        **_same("narrative", "free_text"),
    },
    "canvas_sdk_data_api_allergyintolerancecoding_001": {
        **_same("created modified", "date"),
    },
    "canvas_sdk_data_api_appointment_001": {
        **_same("created modified start_time", "date"),
        **_same("comment description", "free_text"),
    },
    "canvas_sdk_data_api_appointmentexternalidentifier_001": {
        **_same("created modified issued_date expiration_date", "date"),
        **_same("value", "other_id"),
    },
    "canvas_sdk_data_api_appointmentmetadata_001": {
        **_same("created modified", "date"),
    },
    "canvas_sdk_data_api_assessment_001": {
        **_same("created modified", "date"),
        **_same("narrative background", "free_text"),
    },
    "canvas_sdk_data_api_billinglineitem_001": {
        **_same("created modified", "date"),
    },
    "canvas_sdk_data_api_billinglineitemmodifier_001": {
        **_same("created modified", "date"),
    },
    "canvas_sdk_data_api_careteammembership_001": {
        **_same("created modified", "date"),
    },
    "canvas_sdk_data_api_coverage_001": {
        **_same("created modified coverage_start_date coverage_end_date", "date"),
        **_same("id_number subscriber_identifier", "health_plan"),
        **_same("employer", "name"),
        **_same("comments", "free_text"),
    },
    "canvas_sdk_data_quality_and_revenue_installmentplan_001": {
        **_same("created modified expected_payoff_date", "date"),
    },
    "canvas_sdk_data_quality_and_revenue_claimcomment_001": {
        **_same("created modified", "date"),
        **_same("comment", "free_text"),
    },
    "canvas_sdk_data_quality_and_revenue_claimcoverage_001": {
        **_same("created modified subscriber_dob", "date"),
        **_same(
            "subscriber_employer subscriber_first_name subscriber_last_name subscriber_middle_name",
            "name",
        ),
        **_same("subscriber_number", "health_plan"),
        **_same("subscriber_phone", "phone"),
        **_same("subscriber_addr1 subscriber_addr2 subscriber_city subscriber_zip", "address"),
        **_same("payer_icn", "other_id"),
    },
    "canvas_sdk_data_quality_and_revenue_claimpatient_001": {
        **_same("created modified dob", "date"),
        **_same("first_name last_name middle_name", "name"),
        **_same("phone", "phone"),
        **_same("ssn", "ssn"),
        **_same("addr1 addr2 city zip", "address"),
    },
    "canvas_sdk_data_quality_and_revenue_claim_001": {
        **_same("created modified illness_date snoozed_until", "date"),
        **_same("prior_auth", "other_id"),
        **_same("narrative", "free_text"),
        **_same("account_number", "account"),
    },
    "canvas_sdk_data_quality_and_revenue_claimsubmission_001": {
        **_same("created modified", "date"),
        **_same("clearinghouse_claim_id", "other_id"),
    },
    "canvas_sdk_data_quality_and_revenue_claimdiagnosiscode_001": {
        **_same("created modified", "date"),
    },
    "canvas_sdk_data_quality_and_revenue_newlineitempayment_001": {
        **_same("created modified", "date"),
    },
    "canvas_sdk_data_quality_and_revenue_newlineitemadjustment_001": {
        **_same("created modified", "date"),
    },
    "canvas_sdk_data_api_note_001": {
        **_same("created modified datetime_of_service", "date"),
        **_same("billing_note body body_content", "free_text"),
    },
    "canvas_sdk_data_api_notestatechangeevent_001": {
        **_same("created modified", "date"),
        **_same("note_state_html", "other_id"),
    },
    "canvas_sdk_data_api_notemetadata_001": {
        **_same("created modified", "date"),
    },
    "canvas_sdk_data_quality_and_revenue_claimlineitem_001": {
        **_same("created modified from_date thru_date", "date"),
        **_same("narrative", "free_text"),
        **_same("remote_chg_id", "other_id"),
    },
    "canvas_sdk_data_quality_and_revenue_lineitemdiagnosiscode_001": {
        **_same("created modified", "date"),
    },
    "canvas_sdk_data_api_condition_001": {
        **_same("created modified onset_date resolution_date", "date"),
        **_same("notes", "free_text"),
    },
    "canvas_sdk_data_api_conditioncoding_001": {
        **_same("created modified", "date"),
    },
    "canvas_sdk_data_api_task_001": {
        **_same("created modified due", "date"),
        **_same("title", "free_text"),
    },
    "canvas_sdk_data_api_taskcomment_001": {
        **_same("created modified", "date"),
        **_same("body", "free_text"),
    },
    "canvas_sdk_data_api_imagingorder_001": {
        **_same("created modified date_time_ordered", "date"),
        **_same("note_to_radiologist internal_comment", "free_text"),
    },
    "canvas_sdk_data_api_imagingreport_001": {
        **_same(
            "created modified assigned_date team_assigned_date result_date original_date",
            "date",
        ),
    },
    "canvas_sdk_data_quality_and_revenue_invoicefull_001": {
        **_same("created modified", "date"),
    },
    "canvas_sdk_data_api_labreport_001": {
        **_same(
            "created modified assigned_date team_assigned_date original_date date_performed",
            "date",
        ),
        **_same("external_id reference_id requisition_number", "other_id"),
    },
    "canvas_sdk_data_api_labvalue_001": {
        **_same("created modified", "date"),
        **_same("comment", "free_text"),
    },
    "canvas_sdk_data_api_laborder_001": {
        **_same("created modified date_ordered", "date"),
        **_same("comment manual_processing_comment", "free_text"),
        **_same("requisition_number healthgorilla_id", "other_id"),
    },
    "canvas_sdk_data_api_labtest_001": {
        **_same("created modified", "date"),
    },
    "canvas_sdk_data_api_patientadministrativedocument_001": {
        **_same("created modified assigned_date team_assigned_date original_date", "date"),
        **_same("comment", "free_text"),
    },
    "canvas_sdk_data_api_referral_001": {
        **_same("created modified date_referred", "date"),
        **_same("notes internal_comment", "free_text"),
    },
    "canvas_sdk_data_api_referralreport_001": {
        **_same("created modified assigned_date team_assigned_date original_date", "date"),
        **_same("comment", "free_text"),
    },
    "canvas_sdk_data_api_uncategorizedclinicaldocument_001": {
        **_same("created modified assigned_date team_assigned_date original_date", "date"),
        **_same("comment", "free_text"),
    },
    "canvas_sdk_data_api_documentreference_001": {
        **_same("created modified date", "date"),
        **_same("related_object_document_comment", "free_text"),
    },
    "canvas_sdk_data_api_encounter_001": {
        **_same("created modified start_time end_time", "date"),
    },
    "canvas_sdk_data_api_familyhistory_001": {
        **_same("created modified", "date"),
        **_same("narrative", "free_text"),
    },
    "canvas_sdk_data_api_followup_001": {
        **_same(
            "created modified requested_appointment_date requested_appointment_date_original_input",
            "date",
        ),
        **_same("reason_for_visit note_to_patient internal_comment", "free_text"),
    },
    "canvas_sdk_data_api_goal_001": {
        **_same("created modified due_date start_date", "date"),
        **_same("progress goal_statement", "free_text"),
    },
    "canvas_sdk_data_api_historyofpresentillness_001": {
        **_same("created modified", "date"),
        **_same("narrative narrative_json", "free_text"),
    },
    "canvas_sdk_data_api_immunization_001": {
        **_same("created modified date_ordered", "date"),
        **_same("sig_original", "free_text"),
    },
    "canvas_sdk_data_api_instruction_001": {
        **_same("created modified", "date"),
        **_same("narrative", "free_text"),
    },
    "canvas_sdk_data_api_medication_001": {
        **_same("created modified start_date end_date", "date"),
    },
    "canvas_sdk_data_api_medicationcoding_001": {
        **_same("created modified", "date"),
    },
    "canvas_sdk_data_api_medicationstatement_001": {
        **_same(
            "created modified start_date_original_input start_date end_date_original_input "
            "end_date",
            "date",
        ),
        **_same("sig_original_input", "free_text"),
    },
    "canvas_sdk_data_api_message_001": {
        **_same("created modified read", "date"),
        **_same("content", "free_text"),
    },
    "canvas_sdk_data_api_messagetransmission_001": {
        **_same("created modified delivered failed", "date"),
        **_same("contact_point_value", "phone"),
        **_same("comment", "free_text"),
    },
    "canvas_sdk_data_api_observation_001": {
        **_same("created modified effective_datetime", "date"),
    },
    "canvas_sdk_data_api_observationcomponent_001": {
        **_same("created modified", "date"),
    },
    "canvas_sdk_data_api_patient_001": {
        **_same("created modified birth_date deceased_datetime", "date"),
        **_same(
            "first_name middle_name last_name maiden_name nickname mothers_maiden_name",
            "name",
        ),
        **_same("mrn", "mrn"),
        **_same("deceased_cause deceased_comment administrative_note clinical_note", "free_text"),
        **_same("social_security_number", "ssn"),
    },
    "canvas_sdk_data_api_patientcontactpoint_001": {
        **_same("created modified last_verified", "date"),
        **_same("value", "phone"),
        **_same("use_notes", "free_text"),
    },
    "canvas_sdk_data_api_patientaddress_001": {
        **_same("created modified start end", "date"),
        **_same("line1 line2 city district postal_code longitude latitude", "address"),
    },
    "canvas_sdk_data_api_patientexternalidentifier_001": {
        **_same("created modified issued_date expiration_date", "date"),
        **_same("value", "other_id"),
    },
    "canvas_sdk_data_api_patientsetting_001": {
        **_same("created modified", "date"),
    },
    "canvas_sdk_data_api_patientmetadata_001": {
        **_same("created modified", "date"),
    },
    "canvas_sdk_data_api_patientfacilityaddress_001": {
        **_same("room_number", "address"),
    },
    "canvas_sdk_data_api_patientcontactperson_001": {
        **_same("created modified", "date"),
        **_same("name", "name"),
        **_same("phone_number", "phone"),
        **_same("email", "email"),
        **_same("comments", "free_text"),
    },
    "canvas_sdk_data_api_patientphoto_001": {
        **_same("created modified", "date"),
    },
    "canvas_sdk_data_api_patientidentificationcard_001": {
        **_same("created modified", "date"),
    },
    "canvas_sdk_data_quality_and_revenue_paymentmethod_001": {
        **_same("created modified expiration_month", "date"),
        **_same("card_last_four_digits", "account"),
        **_same("card_holder_name", "name"),
        **_same("postal_code", "address"),
    },
    "canvas_sdk_data_quality_and_revenue_paymentcollection_001": {
        **_same("created modified check_date deposit_date", "date"),
    },
    "canvas_sdk_data_api_plan_001": {
        **_same("created modified", "date"),
        **_same("narrative narrative_json", "free_text"),
    },
    "canvas_sdk_data_quality_and_revenue_baseposting_001": {
        **_same("created modified", "date"),
    },
    "canvas_sdk_data_quality_and_revenue_coverageposting_001": {
        **_same("payer_icn", "other_id"),
    },
    "canvas_sdk_data_api_prescription_001": {
        **_same(
            "created modified written_date dispensed_date end_date end_date_original_input",
            "date",
        ),
        **_same("note_to_pharmacist sig_original_input", "free_text"),
        **_same("message_id prescription_order_number", "other_id"),
    },
    "canvas_sdk_data_api_procedure_001": {
        **_same("created modified", "date"),
        **_same("notes", "free_text"),
    },
    "canvas_sdk_data_api_interview_001": {
        **_same("created modified", "date"),
    },
    "canvas_sdk_data_api_interviewquestionresponse_001": {
        **_same("created modified", "date"),
        **_same("comment", "free_text"),
    },
    "canvas_sdk_data_api_reasonforvisit_001": {
        **_same("created modified", "date"),
        **_same("narrative narrative_json", "free_text"),
    },
    "canvas_sdk_data_api_reasonforvisitcoding_001": {
        **_same("created modified", "date"),
    },
    "canvas_sdk_data_quality_and_revenue_receipt_001": {
        **_same("created modified", "date"),
    },
    "canvas_sdk_data_api_auth_user_001": {
        **_same("email", "email"),
        **_same("phone_number", "phone"),
        **_same("last_invite_date_time", "date"),
    },
    "canvas_sdk_data_api_vitalsignreading_001": {
        **_same("created modified date_recorded", "date"),
    },
    "canvas_sdk_data_api_vitalsign_001": {
        **_same("created modified date_recorded", "date"),
    },
}


PHI["clinicedc"] = {
    "edc_registration_registeredsubject": {
        **_same(
            "created modified dob screening_datetime registration_datetime "
            "randomization_datetime consent_datetime",
            "date",
        ),
        **_same("subject_identifier subject_identifier_aka relative_identifier", "mrn"),
        **_same("first_name last_name full_name familiar_name initials", "name"),
        **_same("registration_identifier sid screening_identifier", "other_id"),
        **_same("identity", "ssn"),
        **_same("comment dm_comment", "free_text"),
    },
    "edc_registration_historicalregisteredsubject": {
        **_same(
            "created modified dob screening_datetime registration_datetime "
            "randomization_datetime consent_datetime history_date",
            "date",
        ),
        **_same("subject_identifier subject_identifier_aka relative_identifier", "mrn"),
        **_same("first_name last_name full_name familiar_name initials", "name"),
        **_same("registration_identifier sid screening_identifier", "other_id"),
        **_same("identity", "ssn"),
        **_same("comment dm_comment", "free_text"),
    },
    "edc_locator_subjectlocator": {
        **_same("created modified report_datetime", "date"),
        **_same("subject_identifier", "mrn"),
        **_same("mail_address physical_address indirect_contact_physical_address", "address"),
        **_same(
            "subject_cell subject_cell_alt subject_phone subject_phone_alt "
            "indirect_contact_cell indirect_contact_cell_alt indirect_contact_phone "
            "subject_work_phone subject_work_cell",
            "phone",
        ),
        **_same("indirect_contact_name subject_work_place", "name"),
    },
    "edc_locator_historicalsubjectlocator": {
        **_same("created modified report_datetime history_date", "date"),
        **_same("subject_identifier", "mrn"),
        **_same("mail_address physical_address indirect_contact_physical_address", "address"),
        **_same(
            "subject_cell subject_cell_alt subject_phone subject_phone_alt "
            "indirect_contact_cell indirect_contact_cell_alt indirect_contact_phone "
            "subject_work_phone subject_work_cell",
            "phone",
        ),
        **_same("indirect_contact_name subject_work_place", "name"),
    },
    "edc_appointment_appointment": {
        **_same(
            "created modified timepoint_datetime appt_close_datetime appt_datetime "
            "timepoint_opened_datetime timepoint_closed_datetime",
            "date",
        ),
        **_same("subject_identifier", "mrn"),
        **_same("comment", "free_text"),
    },
    "edc_visit_tracking_subjectvisit": {
        **_same("created modified report_datetime last_alive_date", "date"),
        **_same("subject_identifier", "mrn"),
        **_same("comments", "free_text"),
    },
    "edc_visit_tracking_subjectvisitmissed": {
        **_same("created modified report_datetime contact_last_date", "date"),
        **_same("contact_attempts_explained comment", "free_text"),
    },
    "edc_visit_schedule_onschedule": {
        **_same("created modified onschedule_datetime report_datetime", "date"),
        **_same("subject_identifier", "mrn"),
    },
    "edc_visit_schedule_offschedule": {
        **_same("created modified offschedule_datetime report_datetime", "date"),
        **_same("subject_identifier", "mrn"),
    },
    "edc_visit_schedule_subjectschedulehistory": {
        **_same("created modified onschedule_datetime offschedule_datetime", "date"),
        **_same("subject_identifier", "mrn"),
    },
    "edc_metadata_crfmetadata": {
        **_same(
            "created modified due_datetime report_datetime close_datetime fill_datetime",
            "date",
        ),
        **_same("subject_identifier", "mrn"),
    },
    "edc_metadata_requisitionmetadata": {
        **_same(
            "created modified due_datetime report_datetime close_datetime fill_datetime",
            "date",
        ),
        **_same("subject_identifier", "mrn"),
    },
    "edc_crf_crfstatus": {
        **_same("created modified", "date"),
        **_same("subject_identifier", "mrn"),
    },
    "edc_offstudy_subjectoffstudy": {
        **_same("created modified offstudy_datetime report_datetime", "date"),
        **_same("subject_identifier", "mrn"),
        **_same("comment", "free_text"),
    },
    "edc_ltfu_ltfu": {
        **_same(
            "created modified report_datetime last_seen_datetime last_missed_visit_datetime "
            "ltfu_date",
            "date",
        ),
        **_same("subject_identifier", "mrn"),
        **_same("home_visit_detail comment", "free_text"),
    },
    "edc_refusal_subjectrefusal": {
        **_same("created modified report_datetime", "date"),
        **_same("screening_identifier", "other_id"),
        **_same("comment", "free_text"),
    },
    "edc_identifier_identifiermodel": {
        **_same("created modified", "date"),
        **_same("identifier subject_identifier", "mrn"),
        **_same("linked_identifier", "other_id"),
    },
    "edc_action_item_actionitem": {
        **_same("created modified emailed_datetime report_datetime", "date"),
        **_same("subject_identifier", "mrn"),
    },
    "edc_action_item_reference": {
        **_same("created modified report_datetime", "date"),
        **_same("subject_identifier", "mrn"),
    },
    "edc_lab_aliquot": {
        **_same("created modified aliquot_datetime", "date"),
        **_same(
            "slug aliquot_identifier parent_identifier identifier_prefix requisition_identifier",
            "other_id",
        ),
        **_same("subject_identifier", "mrn"),
        **_same("comment", "free_text"),
    },
    "edc_lab_order": {
        **_same("created modified order_datetime", "date"),
        **_same("order_identifier", "other_id"),
    },
    "edc_lab_result": {
        **_same("created modified report_datetime pending_datetime resulted_datetime", "date"),
    },
    "edc_lab_resultitem": {
        **_same(
            "created modified report_datetime value_datetime pending_datetime resulted_datetime",
            "date",
        ),
    },
    "edc_lab_boxitem": {
        **_same("created modified verified_datetime", "date"),
        **_same("slug identifier", "other_id"),
        **_same("comment", "free_text"),
    },
    "edc_pharmacy_rx": {
        **_same("created modified report_datetime rx_date rx_expiration_date", "date"),
        **_same("subject_identifier", "mrn"),
        **_same("rx_identifier rando_sid", "other_id"),
        **_same("notes", "free_text"),
    },
    "edc_pharmacy_rxrefill": {
        **_same(
            "created modified packed_datetime shipped_datetime received_at_site_datetime "
            "refill_start_datetime refill_end_datetime verified_datetime as_string",
            "date",
        ),
        **_same("refill_identifier", "other_id"),
        **_same("notes", "free_text"),
    },
    "edc_pharmacy_dispense": {
        **_same(
            "created modified dispense_datetime to_clinician_datetime to_subject_datetime",
            "date",
        ),
        **_same("dispense_identifier", "other_id"),
    },
    "edc_pharmacy_dispenseitem": {
        **_same("created modified dispense_item_datetime", "date"),
        **_same("dispense_item_identifier", "other_id"),
    },
    "edc_protocol_incident_protocolincident": {
        **_same(
            "created modified report_datetime incident_datetime corrective_action_datetime "
            "preventative_action_datetime report_closed_datetime",
            "date",
        ),
        **_same("subject_identifier", "mrn"),
        **_same(
            "short_description safety_impact_details study_outcomes_impact_details "
            "incident_description incident_reason corrective_action preventative_action",
            "free_text",
        ),
    },
    "edc_protocol_incident_protocoldeviationviolation": {
        **_same(
            "created modified report_datetime violation_datetime corrective_action_datetime "
            "preventative_action_datetime report_closed_datetime",
            "date",
        ),
        **_same("subject_identifier", "mrn"),
        **_same(
            "short_description safety_impact_details study_outcomes_impact_details "
            "violation_description violation_reason corrective_action preventative_action",
            "free_text",
        ),
    },
    "edc_data_manager_dataquery": {
        **_same(
            "created modified report_datetime site_resolved_datetime resolved_datetime",
            "date",
        ),
        **_same("query_text site_response_text plan_of_action", "free_text"),
        **_same("subject_identifier", "mrn"),
    },
    "edc_unblinding_unblindingrequest": {
        **_same("created modified report_datetime approved_datetime", "date"),
        **_same("subject_identifier", "mrn"),
        **_same("initials", "name"),
        **_same("unblinding_reason", "free_text"),
    },
    "edc_unblinding_unblindingreview": {
        **_same("created modified report_datetime", "date"),
        **_same("subject_identifier", "mrn"),
        **_same("comment", "free_text"),
    },
    "edc_randomization_randomizationlist": {
        **_same("created modified allocated_datetime", "date"),
        **_same("subject_identifier", "mrn"),
        **_same("sid", "other_id"),
    },
    "edc_form_runners_issue": {
        **_same("subject_identifier", "mrn"),
        **_same("src_report_datetime src_created_datetime src_modified_datetime", "date"),
    },
    "edc_qareports_note": {
        **_same("created modified report_datetime", "date"),
        **_same("subject_identifier", "mrn"),
        **_same("note", "free_text"),
    },
    "django_crypto_fields_crypt": {
        **_same("hash secret", "other_id"),
    },
    "django_admin_log": {
        **_same("object_repr", "other_id"),
    },
}


PHI["opentele"] = {
    "audit_log_entry": {
        **_same("calling_ip", "ip"),
        **_same("patient_cpr", "ssn"),
        **_same("request response", "other_id"),
    },
    "audit_log_parameter": {
        **_same("parameter_value", "other_id"),
    },
    "completed_questionnaire": {
        **_same("acknowledged_date created_date modified_date upload_date received_date", "date"),
        **_same("acknowledged_note", "free_text"),
        **_same("created_by modified_by", "other_id"),
    },
    "measurement": {
        **_same(
            "created_by modified_by kih_uuid kih_uuid_systolic kih_uuid_diastolic",
            "other_id",
        ),
        **_same("created_date end_time modified_date start_time time", "date"),
        **_same("device_identification", "device_id"),
    },
    "message": {
        **_same("created_by modified_by", "other_id"),
        **_same("created_date modified_date read_date send_date", "date"),
        **_same("text title", "free_text"),
    },
    "meter": {
        **_same("meter_id", "device_id"),
    },
    "monitoring_plan": {
        **_same("created_date modified_date start_date", "date"),
    },
    "next_of_kin_person": {
        **_same("address city", "address"),
        **_same("created_date modified_date", "date"),
        **_same("first_name last_name", "name"),
        **_same("note", "free_text"),
        **_same("phone", "phone"),
    },
    "node_result": {
        **_same("acknowledged_date completion_time created_date modified_date", "date"),
        **_same("acknowledged_note note result", "free_text"),
        **_same("created_by modified_by", "other_id"),
    },
    "patient": {
        **_same("address city postal_code", "address"),
        **_same("comment", "free_text"),
        **_same("cpr", "ssn"),
        **_same("created_date modified_date due_date", "date"),
        **_same("email", "email"),
        **_same("first_name last_name", "name"),
        **_same("mobile_phone phone", "phone"),
    },
    "patient2patient_group": {
        **_same("created_date modified_date", "date"),
    },
    "patient_note": {
        **_same("created_date modified_date reminder_date", "date"),
        **_same("note", "free_text"),
    },
    "questionnaire_schedule": {
        **_same("created_date STARTING_DATE modified_date SPECIFIC_DATE", "date"),
    },
    "threshold": {
        **_same("created_date modified_date", "date"),
    },
    "users": {
        **_same("created_date modified_date", "date"),
        **_same("username", "other_id"),
    },
    "pending_conference": {
        **_same("created_date modified_date", "date"),
    },
    "passive_interval": {
        **_same("created_date interval_end_date interval_start_date modified_date", "date"),
        **_same("comment", "free_text"),
    },
    "conference": {
        **_same("created_date modified_date", "date"),
    },
    "conference_measurement_draft": {
        **_same("created_date modified_date", "date"),
        **_same("device_id", "device_id"),
    },
    "PATIENT_OVERVIEW": {
        **_same("NAME", "name"),
        **_same("CPR", "ssn"),
        **_same(
            "MOST_SEVERE_QUESTIONNAIRE_DATE DATE_OF_OLDEST_UNREAD_MESSAGE_TO_PATIENT "
            "DATE_OF_OLDEST_UNREAD_MESSAGE_FROM_PATIENT created_date modified_date",
            "date",
        ),
    },
    "continuous_blood_sugar_event": {
        **_same("created_by modified_by", "other_id"),
        **_same("created_date modified_date time", "date"),
    },
    "cgm_graphs": {
        **_same("created_date modified_date", "date"),
    },
    "consultation": {
        **_same("consultation_date created_date modified_date", "date"),
    },
    "real_time_ctg": {
        **_same("created_by modified_by xml", "other_id"),
        **_same("created_date modified_date", "date"),
    },
}


PHI["idart"] = {
    "packagedruginfotmp": {
        **_same("dispensedate dateexpectedstring pickupdate", "date"),
        **_same("notes", "free_text"),
        **_same("patientid", "mrn"),
        **_same("patientfirstname patientlastname", "name"),
        **_same("packageid", "other_id"),
    },
    "adherencerecordtmp": {
        **_same("countdate", "date"),
        **_same("pawcno", "mrn"),
    },
    "alternatepatientidentifier": {
        **_same("identifier", "mrn"),
        **_same("datechanged", "date"),
    },
    "appointment": {
        **_same("appointmentdate visitdate", "date"),
    },
    "episode": {
        **_same("startdate stopdate", "date"),
        **_same("startnotes stopnotes", "free_text"),
    },
    "logging": {
        **_same("message", "other_id"),
    },
    "patient": {
        **_same("cellphone homephone workphone nextofkinphone", "phone"),
        **_same("dateofbirth", "date"),
        **_same("firstnames lastname nextofkinname", "name"),
        **_same("patientid", "mrn"),
        **_same("address1 address2 address3", "address"),
    },
    "package": {
        **_same("dateleft datereceived packdate pickupdate datereturned", "date"),
        **_same("packageid", "other_id"),
    },
    "patientattribute": {
        **_same("value", "date"),
    },
    "patientidentifier": {
        **_same("value", "mrn"),
    },
    "patientstatistic": {
        **_same("datetested daterecorded statdate", "date"),
        **_same("stattext", "free_text"),
    },
    "patientvisit": {
        **_same("dateofvisit", "date"),
        **_same("diagnosis notes", "free_text"),
    },
    "pillcount": {
        **_same("dateofcount", "date"),
    },
    "pregnancy": {
        **_same("confirmdate enddate", "date"),
    },
    "prescription": {
        **_same("date enddate datainicionoutroservico", "date"),
        **_same("prescriptionid", "other_id"),
        **_same("notes", "free_text"),
    },
    "registadosnoidart": {
        **_same("nid", "mrn"),
        **_same("nomes apelido", "name"),
        **_same("dataderegisto", "date"),
    },
    "studyparticipant": {
        **_same("startdate enddate", "date"),
        **_same("randomizationid", "other_id"),
        **_same("alternatecellphone", "phone"),
    },
    "sync_temp_dispense": {
        **_same("nid", "mrn"),
        **_same("ultimo_levantamento", "date"),
    },
    "sync_temp_patients": {
        **_same("nid", "mrn"),
        **_same("datanasc dataabertura", "date"),
        **_same("pnomes unomes", "name"),
    },
}


PHI["labbook"] = {
    "analyzer_msg": {
        **_same("anm_msg_sent anm_msg_recv", "other_id"),
    },
    "analyzer_result": {
        **_same("anr_date", "date"),
    },
    "audit_trail": {
        **_same("aud_details", "other_id"),
    },
    "internal_messaging": {
        **_same("ime_body", "free_text"),
    },
    "patient_form_item": {
        **_same("pfi_date", "date"),
        **_same("pfi_value", "other_id"),
    },
    "patient_hist_form_item": {
        **_same("phfi_date", "date"),
        **_same("phfi_value", "other_id"),
    },
    "record_file": {
        **_same("sys_creation_date sys_last_mod_date", "date"),
    },
    "record_file_deleted": {
        **_same("sys_creation_date sys_last_mod_date", "date"),
    },
    "record_validation": {
        **_same("rev_date", "date"),
        **_same("rev_comm", "free_text"),
    },
    "sample_destock": {
        **_same("sad_date sad_destock_date sad_restock_date", "date"),
    },
    "sending_event": {
        **_same("sde_rec_num sde_payload", "other_id"),
        **_same("sde_recipient", "email"),
    },
    "sigl_01_data": {
        **_same("samp_date samp_receipt_date", "date"),
        **_same("commentaire", "free_text"),
        **_same("code", "other_id"),
    },
    "sigl_01_deleted": {
        **_same("samp_date samp_receipt_date", "date"),
        **_same("commentaire", "free_text"),
        **_same("code", "other_id"),
    },
    "sigl_02_data": {
        **_same(
            "rec_date_receipt date_prescription rec_parcel_date date_hosp rec_date_vld "
            "rec_date_save",
            "date",
        ),
        **_same(
            "num_dos_jour num_dos_an id_colis num_dos_mois rec_num_int rec_hosp_num rec_num_lite",
            "other_id",
        ),
        **_same("rc", "free_text"),
        **_same("num_quittance num_fact", "account"),
    },
    "sigl_02_deleted": {
        **_same(
            "rec_date_receipt date_prescription rec_parcel_date date_hosp rec_date_vld "
            "rec_date_save",
            "date",
        ),
        **_same(
            "num_dos_jour num_dos_an id_colis num_dos_mois rec_num_int rec_hosp_num",
            "other_id",
        ),
        **_same("rc", "free_text"),
        **_same("num_quittance num_fact", "account"),
    },
    "sigl_03_data": {
        **_same("code code_patient", "mrn"),
        **_same("nom prenom nom_jf pat_midname", "name"),
        **_same("ddn", "date"),
        **_same("adresse cp ville quartier bp", "address"),
        **_same("tel pat_phone2", "phone"),
        **_same("pat_email", "email"),
    },
    "sigl_10_data": {
        **_same("date_validation", "date"),
        **_same("commentaire", "free_text"),
    },
    "sigl_10_deleted": {
        **_same("date_validation", "date"),
        **_same("commentaire", "free_text"),
    },
    "sigl_11_data": {
        **_same("date", "date"),
    },
    "sigl_11_deleted": {
        **_same("date", "date"),
    },
    "sigl_non_conformite_data": {
        **_same("reclamations_clients_contenu description", "free_text"),
        **_same("no_dos", "other_id"),
    },
    "storage_aliquot": {
        **_same("sal_date sal_stock_date", "date"),
    },
}


PHI["ecidade"] = {
    "cgm": {
        **_same("z01_nome z01_pai z01_mae z01_contato z01_nomecomple z01_localtrabalho", "name"),
        **_same(
            "z01_ender z01_numero z01_compl z01_bairro z01_munic z01_cep z01_cxpostal "
            "z01_endcon z01_numcon z01_comcon z01_baicon z01_muncon z01_cepcon z01_cxposcon "
            "z01_naturalidade z01_ibge",
            "address",
        ),
        **_same(
            "z01_cadast z01_dtabertura z01_datasituacaoespecial z01_nasc z01_ultalt z01_hora "
            "z01_dtemissao z01_dthabilitacao z01_dtvencimento z01_dtfalecimento z01_identdtexp",
            "date",
        ),
        **_same("z01_telef z01_telcel z01_telcon z01_celcon", "phone"),
        **_same("z01_ident z01_cgccpf z01_pis", "ssn"),
        **_same("z01_incest z01_incmunici", "other_id"),
        **_same("z01_email z01_emailc", "email"),
        **_same("z01_fax", "fax"),
        **_same("z01_cnh", "licence"),
        **_same("z01_obs", "free_text"),
    },
    "cgs_und": {
        **_same("z01_v_cgccpf z01_v_ident z01_c_nis z01_c_pis", "ssn"),
        **_same("z01_v_nome z01_v_pai z01_v_mae z01_v_contato z01_c_nomeresp", "name"),
        **_same(
            "z01_v_ender z01_i_numero z01_v_compl z01_v_bairro z01_v_munic z01_v_cep "
            "z01_v_muncon z01_v_endcon z01_v_cxposcon z01_v_comcon z01_v_cepcon z01_i_numcon "
            "z01_c_naturalidade z01_v_cxpostal z01_v_baicon z01_codigoibge",
            "address",
        ),
        **_same(
            "z01_d_cadast z01_d_nasc z01_v_hora z01_d_ultalt z01_d_dtvencimento "
            "z01_d_dthabilitacao z01_d_dtemissao z01_c_certidaodata z01_d_dtemissaoctps "
            "z01_d_datapais z01_d_dtemissaocnh",
            "date",
        ),
        **_same("z01_v_telef z01_v_telcel z01_v_telcon z01_v_celcon", "phone"),
        **_same("z01_v_email z01_v_emailc z01_c_emailresp", "email"),
        **_same("z01_o_oid", "photo"),
        **_same("z01_v_fax", "fax"),
        **_same("z01_v_cnh", "licence"),
        **_same(
            "z01_c_certidaofolha z01_c_certidaolivro z01_c_certidaotermo z01_c_certidaonum "
            "z01_c_seriectps z01_c_numctps",
            "other_id",
        ),
        **_same("z01_t_obs", "free_text"),
        **_same("z01_c_conta", "account"),
    },
    "cgs_cartaosus": {
        **_same("s115_c_cartaosus", "health_plan"),
    },
    "agendamentos": {
        **_same(
            "sd23_d_agendamento sd23_d_consulta sd23_c_hora sd23_d_cadastro sd23_c_cadastro",
            "date",
        ),
        **_same("sd23_c_pessoa", "name"),
        **_same("sd23_t_obs", "free_text"),
    },
    "prontuarios": {
        **_same("sd24_i_mes sd24_d_cadastro sd24_c_cadastro", "date"),
        **_same("sd24_i_seq", "other_id"),
        **_same("sd24_v_motivo sd24_t_diagnostico", "free_text"),
    },
    "prontproced": {
        **_same("sd29_d_data sd29_c_hora sd29_d_cadastro sd29_c_cadastro", "date"),
        **_same("sd29_t_tratamento sd29_t_diagnostico", "free_text"),
    },
    "prontanulado": {
        **_same("sd57_d_data sd57_c_hora", "date"),
    },
    "sau_triagemavulsa": {
        **_same("s152_d_dataconsulta s152_d_datasistema s152_c_horasistema", "date"),
        **_same("s152_evolucao", "free_text"),
    },
    "far_retirada": {
        **_same("fa04_c_numeroreceita fa04_numeronotificacao", "other_id"),
        **_same("fa04_d_dtvalidade fa04_d_data", "date"),
    },
    "far_retiradaitens": {
        **_same("fa06_t_posologia", "free_text"),
    },
    "vac_aplica": {
        **_same("vc16_d_dataaplicada vc16_c_hora vc16_d_data", "date"),
        **_same("vc16_t_obs", "free_text"),
    },
    "lab_requisicao": {
        **_same("la22_c_responsavel", "name"),
        **_same("la22_d_data la22_c_hora la22_d_dum", "date"),
        **_same("la22_t_medicamento la22_t_diagnostico la22_t_observacao", "free_text"),
        **_same("la22_c_contato", "phone"),
    },
    "lab_requiitem": {
        **_same("la21_d_entrega la21_d_data la21_c_hora", "date"),
        **_same("la21_observacao", "free_text"),
    },
    "lab_resultado": {
        **_same("la52_c_hora la52_d_data", "date"),
        **_same("la52_diagnostico", "free_text"),
    },
    "tfd_pedidotfd": {
        **_same(
            "tf01_d_datapedido tf01_d_datapreferencia tf01_d_datasistema tf01_c_horasistema",
            "date",
        ),
        **_same("tf01_c_passagemplaca", "other_id"),
        **_same("tf01_t_obs", "free_text"),
    },
}


PHI["intelis"] = {
    "activity_log": {
        **_same("action", "other_id"),
    },
    "audit_log": {
        **_same("row_data", "other_id"),
    },
    "covid19_patient_symptoms": {
        **_same("symptom_details", "free_text"),
    },
    "covid19_reasons_for_testing": {
        **_same("reason_details", "free_text"),
    },
    "covid19_tests": {
        **_same("sample_tested_datetime updated_datetime", "date"),
    },
    "failed_result_retest_tracker": {
        **_same("sample_code sample_data remote_sample_code", "other_id"),
        **_same("updated_datetime", "date"),
    },
    "form_cd4": {
        **_same(
            "remote_sample_code external_sample_code facility_sample_id sample_code "
            "lab_assigned_code patient_other_id app_sample_code source_data_dump",
            "other_id",
        ),
        **_same(
            "patient_first_name patient_middle_name patient_last_name patient_responsible_person",
            "name",
        ),
        **_same("patient_district patient_address", "address"),
        **_same("patient_art_no", "mrn"),
        **_same(
            "patient_dob sample_collection_date sample_dispatched_datetime "
            "date_of_initiation_of_current_regimen last_cd4_date test_requested_on "
            "sample_testing_date sample_received_at_hub_datetime "
            "sample_received_at_lab_datetime result_dispatched_datetime rejection_on "
            "request_created_datetime last_modified_datetime treatment_initiated_date "
            "samples_referred_datetime sample_tested_datetime result_approved_datetime "
            "revised_on result_reviewed_datetime regimen_change_date "
            "date_test_ordered_by_physician date_dispatched_from_clinic_to_lab "
            "result_printed_datetime result_sms_sent_datetime result_printed_on_sts_datetime "
            "result_printed_on_lis_datetime request_mail_datetime result_mail_datetime "
            "request_exported_datetime request_imported_datetime result_exported_datetime "
            "result_imported_datetime requesting_date result_sent_to_source_datetime "
            "result_pulled_via_api_datetime",
            "date",
        ),
        **_same("patient_mobile_number", "phone"),
        **_same("approver_comments lab_tech_comments facility_comments", "free_text"),
    },
    "form_covid19": {
        **_same(
            "sample_code lab_assigned_code external_sample_code remote_sample_code "
            "patient_passport_number source_data_dump app_sample_code",
            "other_id",
        ),
        **_same(
            "sample_collection_date sample_dispatched_datetime sample_received_at_hub_datetime "
            "sample_received_at_lab_datetime sample_tested_datetime patient_dob "
            "flight_arrival_datetime date_of_symptom_onset date_of_initial_consultation "
            "travel_return_date samples_referred_datetime test_requested_on health_outcome_date "
            "rejection_on authorized_on revised_on result_reviewed_datetime "
            "result_approved_datetime result_dispatched_datetime result_mail_datetime "
            "result_printed_datetime result_printed_on_sts_datetime "
            "result_printed_on_lis_datetime request_created_datetime "
            "result_sent_to_source_datetime result_pulled_via_api_datetime "
            "last_modified_datetime",
            "date",
        ),
        **_same(
            "lab_tech_comments reason_of_visit medical_history other_diseases approver_comments",
            "free_text",
        ),
        **_same("patient_id", "mrn"),
        **_same("patient_name patient_surname close_contacts", "name"),
        **_same("health_insurance_code", "health_plan"),
        **_same("patient_phone_number", "phone"),
        **_same("patient_email", "email"),
        **_same("patient_address patient_district patient_zone patient_city", "address"),
    },
    "form_eid": {
        **_same(
            "sample_code lab_assigned_code remote_sample_code external_sample_code "
            "previous_sample_code last_pcr_id eid_number app_sample_code source_data_dump",
            "other_id",
        ),
        **_same(
            "sample_collection_date sample_dispatched_datetime sample_received_at_hub_datetime "
            "sample_received_at_lab_datetime sample_tested_datetime test_1_date test_2_date "
            "rejection_on mother_dob child_dob mother_hiv_test_date next_appointment_date "
            "started_art_date mother_treatment_initiation_date mother_cd4_test_date "
            "mother_vl_test_date date_of_weaning child_treatment_initiation_date "
            "test_request_date child_started_art_date child_started_cotrim_date last_pcr_date "
            "rapid_test_date pcr_1_test_date pcr_2_test_date pcr_3_test_date "
            "samples_referred_datetime result_reviewed_datetime result_approved_datetime "
            "revised_on result_dispatched_datetime result_mail_datetime result_printed_datetime "
            "result_printed_on_sts_datetime result_printed_on_lis_datetime test_requested_on "
            "request_created_datetime last_modified_datetime result_sent_to_source_datetime "
            "result_pulled_via_api_datetime",
            "date",
        ),
        **_same("mother_id child_id", "mrn"),
        **_same("mother_name mother_surname child_name child_surname", "name"),
        **_same("caretaker_phone_number infant_phone", "phone"),
        **_same("caretaker_address", "address"),
        **_same("health_insurance_code", "health_plan"),
        **_same("infant_email", "email"),
        **_same("lab_tech_comments approver_comments", "free_text"),
    },
    "form_generic": {
        **_same(
            "remote_sample_code sample_code lab_assigned_code external_sample_code "
            "app_sample_code facility_sample_id laboratory_number patient_other_id "
            "source_data_dump",
            "other_id",
        ),
        **_same(
            "patient_first_name patient_middle_name patient_last_name patient_attendant",
            "name",
        ),
        **_same("patient_district patient_location patient_address", "address"),
        **_same("patient_id", "mrn"),
        **_same(
            "patient_dob sample_collection_date sample_dispatched_datetime test_requested_on "
            "sample_testing_date sample_received_at_hub_datetime "
            "sample_received_at_lab_datetime result_dispatched_datetime rejection_on "
            "request_created_datetime last_modified_datetime treatment_initiated_date "
            "referred_on_datetime samples_referred_datetime sample_tested_datetime "
            "result_approved_datetime revised_on result_reviewed_datetime "
            "date_test_ordered_by_physician result_printed_datetime "
            "result_printed_on_sts_datetime result_printed_on_lis_datetime "
            "result_sms_sent_datetime request_mail_datetime result_mail_datetime "
            "request_exported_datetime request_imported_datetime result_exported_datetime "
            "result_imported_datetime qc_date clinic_date report_date requesting_date "
            "result_sent_to_source_datetime result_pulled_via_api_datetime",
            "date",
        ),
        **_same("patient_mobile_number", "phone"),
        **_same(
            "treatment_details final_result_interpretation approver_comments lab_tech_comments "
            "facility_comments",
            "free_text",
        ),
    },
    "form_hepatitis": {
        **_same(
            "sample_code lab_assigned_code external_sample_code app_sample_code "
            "remote_sample_code source_data_dump",
            "other_id",
        ),
        **_same(
            "sample_collection_date sample_dispatched_datetime sample_received_at_hub_datetime "
            "sample_received_at_lab_datetime sample_tested_datetime patient_dob "
            "samples_referred_datetime rejection_on authorized_on revised_on "
            "result_reviewed_datetime result_approved_datetime result_dispatched_datetime "
            "result_mail_datetime imported_date_time result_printed_datetime "
            "result_printed_on_sts_datetime result_printed_on_lis_datetime test_requested_on "
            "request_created_datetime result_sent_to_source_datetime "
            "result_pulled_via_api_datetime last_modified_datetime",
            "date",
        ),
        **_same("patient_id", "mrn"),
        **_same("patient_name patient_surname", "name"),
        **_same("patient_phone_number", "phone"),
        **_same("patient_district patient_city patient_address", "address"),
        **_same("lab_tech_comments approver_comments", "free_text"),
    },
    "form_tb": {
        **_same(
            "sample_code lab_assigned_code external_sample_code etb_tracker_number "
            "remote_sample_code app_sample_code source_data_dump",
            "other_id",
        ),
        **_same(
            "sample_collection_date sample_dispatched_datetime sample_received_at_hub_datetime "
            "sample_received_at_lab_datetime sample_tested_datetime patient_dob "
            "date_of_treatment_initiation date_of_initiation_of_current_regimen "
            "first_sputum_samples_collection_date samples_referred_datetime "
            "referred_on_datetime rejection_on result_date xpert_result_date tblam_result_date "
            "culture_result_date identification_result_date drug_mgit_result_date "
            "drug_lpa_result_date result_reviewed_datetime result_approved_datetime revised_on "
            "result_dispatched_datetime result_mail_datetime result_printed_datetime "
            "result_printed_on_sts_datetime result_printed_on_lis_datetime test_requested_on "
            "request_created_datetime last_modified_datetime result_sent_to_source_datetime "
            "result_pulled_via_api_datetime",
            "date",
        ),
        **_same("patient_id", "mrn"),
        **_same("patient_name patient_surname", "name"),
        **_same("patient_address", "address"),
        **_same("patient_phone", "phone"),
        **_same("lab_tech_comments approver_comments", "free_text"),
    },
    "form_vl": {
        **_same(
            "remote_sample_code external_sample_code facility_sample_id sample_code "
            "lab_assigned_code cv_number patient_other_id patient_anc_no app_sample_code "
            "source_data_dump",
            "other_id",
        ),
        **_same(
            "patient_first_name patient_middle_name patient_last_name patient_responsible_person",
            "name",
        ),
        **_same("patient_district patient_location patient_address", "address"),
        **_same("patient_art_no", "mrn"),
        **_same(
            "patient_dob sample_collection_date sample_dispatched_datetime "
            "date_of_initiation_of_current_regimen last_vl_date_routine last_vl_date_failure_ac "
            "last_vl_date_failure last_vl_date_recency last_vl_date_ecd last_vl_date_cf "
            "last_vl_date_if test_requested_on test_request_date sample_testing_date "
            "sample_received_at_hub_datetime sample_received_at_lab_datetime "
            "result_dispatched_datetime rejection_on request_created_datetime "
            "last_modified_datetime treatment_initiated_date last_cd4_date last_cd8_date "
            "samples_referred_datetime sample_tested_datetime result_approved_datetime "
            "revised_on result_reviewed_datetime last_viral_load_date regimen_change_date "
            "date_test_ordered_by_physician date_dispatched_from_clinic_to_lab "
            "result_printed_datetime result_sms_sent_datetime result_printed_on_sts_datetime "
            "result_printed_on_lis_datetime request_mail_datetime result_mail_datetime "
            "request_exported_datetime request_imported_datetime result_exported_datetime "
            "result_imported_datetime result_sent_to_external_datetime "
            "result_sent_to_source_datetime result_pulled_via_api_datetime art_cd_date qc_date "
            "plasma_process_time failed_test_date clinic_date report_date requesting_date",
            "date",
        ),
        **_same("health_insurance_code", "health_plan"),
        **_same("patient_mobile_number", "phone"),
        **_same(
            "treatment_details approver_comments lab_tech_comments facility_comments",
            "free_text",
        ),
    },
    "generic_referral_history": {
        **_same("referred_on_datetime", "date"),
    },
    "generic_test_results": {
        **_same(
            "sample_tested_datetime updated_datetime sample_received_at_lab_datetime "
            "rejection_on result_reviewed_datetime result_approved_datetime revised_on",
            "date",
        ),
        **_same("final_result_interpretation comments", "free_text"),
    },
    "hold_sample_import": {
        **_same(
            "sample_received_at_vl_lab_datetime sample_tested_datetime "
            "result_dispatched_datetime result_reviewed_datetime",
            "date",
        ),
        **_same("lab_tech_comments approver_comments", "free_text"),
        **_same("sample_code order_number", "other_id"),
    },
    "lab_storage_history": {
        **_same("date_out updated_datetime", "date"),
        **_same("comments", "free_text"),
    },
    "patients": {
        **_same("patient_code", "mrn"),
        **_same("patient_first_name patient_middle_name patient_last_name", "name"),
        **_same("patient_phone_number", "phone"),
        **_same("patient_dob patient_registered_on updated_datetime", "date"),
        **_same("patient_address", "address"),
    },
    "queue_sample_code_generation": {
        **_same("sample_collection_date", "date"),
    },
    "s_data_issues": {
        **_same("sample_code", "other_id"),
    },
    "tb_referral_history": {
        **_same("referred_on_datetime", "date"),
    },
    "tb_tests": {
        **_same(
            "sample_received_at_lab_datetime rejection_on sample_tested_datetime "
            "result_reviewed_datetime result_approved_datetime revised_on updated_datetime",
            "date",
        ),
        **_same("comments", "free_text"),
    },
    "temp_sample_import": {
        **_same("cv_number sample_code order_number", "other_id"),
        **_same(
            "sample_received_at_vl_lab_datetime sample_tested_datetime "
            "result_dispatched_datetime result_reviewed_datetime request_exported_datetime "
            "request_imported_datetime result_exported_datetime result_imported_datetime",
            "date",
        ),
        **_same("lab_tech_comments approver_comments", "free_text"),
    },
    "test_result_attempts": {
        **_same("sample_code remote_sample_code attempt_data", "other_id"),
        **_same("sample_tested_datetime created_datetime", "date"),
    },
    "track_api_requests": {
        **_same("api_params request_data response_data", "other_id"),
    },
    "track_qr_code_page": {
        **_same("sample_code", "other_id"),
        **_same("ip_address", "ip"),
    },
    "vl_contact_notes": {
        **_same("contact_notes", "free_text"),
        **_same("collected_on added_on", "date"),
    },
}


PHI["elementalclinic"] = {
    "billing_file": {
        **_same("edi", "other_id"),
    },
    "billing_payment": {
        **_same("edi", "other_id"),
    },
    "client": {
        **_same("chart_id", "mrn"),
        **_same("aka mname fname lname name_suffix birth_name", "name"),
        **_same("email", "email"),
        **_same("acct_id", "account"),
        **_same("state_specific_id", "other_id"),
        **_same("comment_text", "free_text"),
        **_same("declaration_of_mh_treatment_date renewal_date dob", "date"),
        **_same("ssn", "ssn"),
    },
    "client_allergy": {
        **_same("created", "date"),
    },
    "client_assessment_old": {
        **_same("chart_id", "mrn"),
        **_same("start_date end_date esof_date", "date"),
        **_same(
            "admit_reason refer_reason social_environ danger_others danger_self chemical_abuse "
            "side_effects sharps_disposal alert_medical alert_other alert_note physical_abuse "
            "special_diet history_birth history_child history_milestone history_school "
            "history_social history_sexual history_dating medical_strengths medical_limits "
            "history_diag illness_past illness_family history_dental nutrition_needs appearance "
            "manner mood_note thought_content present_problem psych_history homeless_history "
            "social_portrait work_history social_skills mica_history social_strengths "
            "financial_status legal_status military_history spiritual_orient",
            "free_text",
        ),
    },
    "client_contacts": {
        **_same("comment_text", "free_text"),
    },
    "client_diagnosis": {
        **_same("diagnosis_date", "date"),
        **_same("diagnosis_3 diagnosis_4 comment_text", "free_text"),
    },
    "client_discharge": {
        **_same("chart_id", "mrn"),
        **_same(
            "admit_note history_clinical history_psych history_medical discharge_note "
            "after_care education employment_status",
            "free_text",
        ),
        **_same("addr addr_2 city post_code", "address"),
        **_same("phone", "phone"),
        **_same("ref_date esof_date last_contact_date termination_notice_sent_date", "date"),
    },
    "client_employment": {
        **_same("supervisor", "name"),
        **_same("start_date end_date", "date"),
        **_same("comment_text", "free_text"),
    },
    "client_income": {
        **_same("start_date end_date certification_date recertification_date", "date"),
        **_same("account_id", "account"),
        **_same("comment_text", "free_text"),
    },
    "client_income_metadata": {
        **_same("bank_account", "account"),
        **_same("css_id", "other_id"),
    },
    "client_inpatient": {
        **_same("start_date end_date", "date"),
        **_same("reason comments", "free_text"),
    },
    "client_insurance": {
        **_same("insurance_id patient_insurance_id", "health_plan"),
        **_same(
            "insured_name insured_employer other_name other_employer insured_fname "
            "insured_lname insured_mname insured_name_suffix",
            "name",
        ),
        **_same("insured_addr insured_city insured_postcode insured_addr2", "address"),
        **_same("insured_phone", "phone"),
        **_same("insured_dob other_dob start_date end_date", "date"),
        **_same("comment_text", "free_text"),
    },
    "client_insurance_authorization": {
        **_same("code", "other_id"),
        **_same("start_date end_date capitation_last_date", "date"),
    },
    "client_insurance_authorization_request": {
        **_same("start_date end_date date_requested", "date"),
        **_same("diagnosis_primary diagnosis_secondary", "free_text"),
        **_same("ohp_id medicare_id general_fund_id", "health_plan"),
    },
    "client_legal_history": {
        **_same("reason comment_text", "free_text"),
        **_same("start_date end_date", "date"),
    },
    "client_letter_history": {
        **_same("letter", "free_text"),
        **_same("sent_date", "date"),
    },
    "client_medication": {
        **_same("start_date end_date inject_date print_date", "date"),
        **_same("instructions notes", "free_text"),
    },
    "client_placement_event": {
        **_same("event_date input_date", "date"),
    },
    "client_release": {
        **_same("print_date renewal_date", "date"),
    },
    "client_scanned_record": {
        **_same("created", "date"),
    },
    "client_treaters": {
        **_same("last_visit start_date end_date", "date"),
    },
    "client_verification": {
        **_same("apid_num", "other_id"),
        **_same("verif_date created", "date"),
    },
    "group_notes": {
        **_same("start_date end_date", "date"),
        **_same("note_body", "free_text"),
    },
    "prognote": {
        **_same("start_date end_date created modified", "date"),
        **_same("note_body", "free_text"),
    },
    "prognote_bounced": {
        **_same("bounce_date response_date", "date"),
    },
    "rolodex": {
        **_same("name fname lname", "name"),
        **_same("comment_text", "free_text"),
    },
    "schedule_appointments": {
        **_same("auth_number", "other_id"),
        **_same("notes", "free_text"),
        **_same("appt_time", "date"),
    },
    "transaction": {
        **_same("payer_claim_control_number", "other_id"),
        **_same("remarks", "free_text"),
    },
    "tx_goals": {
        **_same("start_date end_date", "date"),
        **_same(
            "goal goal_header goal_name problem_description eval comment_text serv",
            "free_text",
        ),
    },
    "tx_plan": {
        **_same("chart_id", "mrn"),
        **_same("start_date end_date esof_date", "date"),
        **_same("assets debits", "free_text"),
    },
    "phone": {
        **_same("phone_number", "phone"),
    },
    "address": {
        **_same("address1 address2 city post_code county", "address"),
    },
    "audit_log": {
        **_same("query_params", "other_id"),
    },
    "client_notification": {
        **_same("event_date date_sent", "date"),
    },
    "client_assessment": {
        **_same("assessment_date start_date end_date", "date"),
    },
    "client_assessment_field": {
        **_same("value", "free_text"),
    },
    "auditlog_values": {
        **_same("old_value new_value", "other_id"),
    },
    "email": {
        **_same("body", "free_text"),
        **_same("send_date", "date"),
    },
    "notification_renewal": {
        **_same("renewal_date", "date"),
    },
    "email_recipients": {
        **_same("email_address", "email"),
    },
    "intake_assessment": {
        **_same("medications special_needs presenting_problem", "free_text"),
    },
}


PHI["emmetblue"] = {
    "Patient": {
        **_same("PatientFullName", "name"),
        **_same("PatientPicture", "photo"),
        **_same("PatientIdentificationDocument", "other_id"),
        **_same("PatientUUID", "mrn"),
        **_same("LastModified", "date"),
    },
    "PatientRecordsFieldValue": {
        **_same("FieldValue", "other_id"),
    },
    "PatientHospitalHistory": {
        **_same("DateAttended DateDischarged", "date"),
    },
    "PatientDiagnosis": {
        **_same("DiagnosisDate", "date"),
        **_same("Diagnosis", "free_text"),
    },
    "PatientProcessCheckDates": {
        **_same("ProcessCheckDate", "date"),
    },
    "PatientEvents": {
        **_same("EventDate EventTime", "date"),
    },
    "PatientAllergies": {
        **_same("AllergyDescription", "free_text"),
    },
    "PatientRepository": {
        **_same("RepositoryNumber", "other_id"),
        **_same("RepositoryDescription", "free_text"),
        **_same("RepositoryCreationDate", "date"),
    },
    "PatientRepositoryItems": {
        **_same("RepositoryItemNumber", "other_id"),
        **_same("RepositoryItemDescription", "free_text"),
        **_same("RepositoryItemCreationDate", "date"),
    },
    "RepositoryItemsComments": {
        **_same("Comment", "free_text"),
        **_same("CommentDate", "date"),
    },
    "MedicalSummary": {
        **_same("SummaryText", "free_text"),
        **_same("LastModified", "date"),
    },
    "PatientMedicalHighlights": {
        **_same("HighlightDate", "date"),
        **_same("HighlightMessage", "free_text"),
    },
    "LinkedExternalPatients": {
        **_same("ExternalPatientID", "mrn"),
        **_same("DateLinked", "date"),
    },
    "BillingTransactionMeta": {
        **_same("BillingTransactionNumber", "account"),
        **_same("DateCreated DateCreatedDateOnly", "date"),
    },
    "BillingTransaction": {
        **_same("BillingTransactionDate", "date"),
        **_same("BillingTransactionCustomerName", "name"),
        **_same("BillingTransactionCustomerPhone", "phone"),
        **_same("BillingTransactionCustomerAddress", "address"),
    },
    "PaymentRequest": {
        **_same("PaymentRequestUUID", "account"),
        **_same("RequestDate RequestFulFilledDate", "date"),
    },
    "PatientDepositsAccount": {
        **_same("DateCreated", "date"),
    },
    "PatientDepositsAccountTransactions": {
        **_same("TransactionComment", "free_text"),
        **_same("TransactionDate", "date"),
    },
    "PatientHmoFieldValues": {
        **_same("FieldValue", "other_id"),
        **_same("LastModified", "date"),
    },
    "HmoSalesVerification": {
        **_same("RequestDate SignedDate", "date"),
        **_same("SignComment", "free_text"),
    },
    "SavedDiagnosis": {
        **_same("Diagnosis", "free_text"),
        **_same("DateModified", "date"),
    },
    "PatientQueue": {
        **_same("QueueDate DateRemovedFromQueue", "date"),
    },
    "PatientAdmission": {
        **_same("AdmissionDate", "date"),
    },
    "ConsultationSheet": {
        **_same("Note", "free_text"),
        **_same("DateTaken", "date"),
    },
    "PatientDischargeInformation": {
        **_same("DischargeNote", "free_text"),
        **_same("DischargeDate", "date"),
    },
    "PatientReferrals": {
        **_same("DateReferred", "date"),
    },
    "PatientReferralInfo": {
        **_same("ReferralNote", "free_text"),
    },
    "PatientProcessLog": {
        **_same("ObservationSummary", "free_text"),
        **_same("DateLogged", "date"),
    },
    "Observations": {
        **_same("Observation", "other_id"),
        **_same("ObservationDate", "date"),
    },
    "WardAdmission": {
        **_same("AdmissionDate", "date"),
    },
    "AdmissionTreatmentChart": {
        **_same("Time Date DateLogged", "date"),
        **_same("Note", "free_text"),
    },
    "ServicesRendered": {
        **_same("ServicesRenderedDate", "date"),
    },
    "PharmacyRequests": {
        **_same("Request", "free_text"),
        **_same("RequestDate", "date"),
    },
    "PharmacyRequestsTreatmentCharts": {
        **_same("Time Date", "date"),
        **_same("Note", "free_text"),
    },
    "WardTransferLog": {
        **_same("TransferNote", "free_text"),
        **_same("TransferDate", "date"),
    },
    "ShiftSummary": {
        **_same("Summary", "free_text"),
        **_same("SummaryDate", "date"),
    },
    "AdmissionTreatmentChartStatus": {
        **_same("Note", "free_text"),
        **_same("AssociatedDate DateLogged", "date"),
    },
    "Patients": {
        **_same("PatientLabNumber", "other_id"),
        **_same("FullName", "name"),
        **_same("DateOfBirth RegistrationDate", "date"),
        **_same("Address", "address"),
        **_same("PhoneNumber", "phone"),
        **_same("ClinicalDiagnosis", "free_text"),
    },
    "LabRequests": {
        **_same("ClinicalDiagnosis RequestNote", "free_text"),
        **_same("RequestDate", "date"),
    },
    "LabResults": {
        **_same("PatientLabNumber", "other_id"),
        **_same("DateReported", "date"),
        **_same("Report", "free_text"),
    },
    "LinkedExternalRequests": {
        **_same("ExternalRequestID", "other_id"),
    },
    "Dispensation": {
        **_same("DispensationDate", "date"),
    },
    "PrescriptionRequests": {
        **_same("Request", "free_text"),
        **_same("RequestDate", "date"),
    },
    "InventoryLabelDispensation": {
        **_same("DispensationTime", "date"),
    },
    "Body": {
        **_same("BodyTag", "other_id"),
        **_same("DateOfDeath CreationDate LastModified", "date"),
        **_same("PlaceOfDeath", "address"),
    },
    "BodyInformation": {
        **_same("BodyFullName BodyNextOfKinFullName", "name"),
        **_same("BodyDateOfBirth", "date"),
        **_same("BodyNextOfKinAddress", "address"),
        **_same("BodyNextOfKinPhoneNumber", "phone"),
    },
    "DepositorDetails": {
        **_same("DepositorFullName", "name"),
        **_same("DepositorAddress", "address"),
        **_same("DepositorPhoneNumber", "phone"),
    },
    "SalesLog": {
        **_same("PaymentRequestNumber", "account"),
    },
    "Humanity": {
        **_same("name", "other_id"),
        **_same("fingerprint", "biometric"),
        **_same("dateCreated", "date"),
    },
    "LinkedProfiles": {
        **_same("ProfileID AccountID", "other_id"),
        **_same("DateLinked", "date"),
    },
}


PHI["srtr"] = {
    "DONOR_LIVE": {
        **_same("DON_ANASTH_COMPL", "free_text"),
        **_same(
            "DON_INIT_DISCHRG_DT DON_KI_OTHER_INTERVENTION_DT DON_KI_READMIT_DT "
            "DON_KI_REOP_BLEEN_DT DON_KI_REOP_BOWEL_DT DON_KI_REOP_HERNIA_DT "
            "DON_KI_REOP_OTHER_DT DON_KI_REOP_VASC_DT DON_LI_OTHER_INTERVENTION_DT "
            "DON_LI_READMIT_DT DON_LI_REOP_BILIARY_DT DON_LI_REOP_BLEED_DT DON_LI_REOP_BOWEL_DT "
            "DON_LI_REOP_FAIL_DT DON_LI_REOP_HERNIA_DT DON_LI_REOP_OTHER_DT DON_LI_REOP_VASC_DT "
            "DON_LU_READMIT_DT DON_POSTOP_TEST_DT DON_RECOV_DT DON_STAT_DT "
            "DON_TYP_METHCLASS1_DT DON_TYP_METHCLASS2_DT PERS_SSA_DEATH_DT",
            "date",
        ),
    },
    "DONOR_DECEASED": {
        **_same(
            "DON_ALLOC_ECD_SERUM_CREAT_DT DON_BRAIN_DEATH_TM DON_CLAMP_DT DON_CLAMP_TM "
            "DON_CONSENT_TM DON_DCD_ABDOM_AORTA_CANNUL_DT DON_DCD_ABDOM_AORTA_CANNUL_TM "
            "DON_DCD_AGONAL_BEGIN_DT DON_DCD_AGONAL_BEGIN_TM DON_DCD_PORTAL_VEIN_CANNUL_DT "
            "DON_DCD_PORTAL_VEIN_CANNUL_TM DON_DCD_PULM_ART_CANNUL_DT "
            "DON_DCD_PULM_ART_CANNUL_TM DON_DCD_SUPPORT_WITHDRAW_DT DON_DCD_SUPPORT_WITHDRAW_TM "
            "DON_DCD_THOR_AORTA_CANNUL_DT DON_DCD_THOR_AORTA_CANNUL_TM DON_RECOV_DT DON_REF_DT "
            "DON_TYP_METHCLASS1_DT DON_TYP_METHCLASS2_DT",
            "date",
        ),
        **_same("DON_CANCER_OTHER_OSTXT", "free_text"),
    },
    "CAND_LIIN": {
        **_same(
            "CAN_ACTIVATE_DT CAN_DEATH_DT CAN_ENDWLFU CAN_HGT_WGT_DT CAN_INIT_ACT_STAT_DT "
            "CAN_INIT_INACT_STAT_DT CAN_LAST_ACT_STAT_DT CAN_LAST_INACT_STAT_DT CAN_LISTING_DT "
            "CAN_PREV_BONE_MARROW_DT CAN_REM_DT CAN_TIEBREAKER_DT PERS_NEXTTX "
            "PERS_OPTN_DEATH_DT PERS_RESTRICT_DEATH_DT PERS_SSA_DEATH_DT REC_TX_DT",
            "date",
        ),
        **_same("CAN_DGN_OSTXT", "free_text"),
    },
    "TX_LI": {
        **_same(
            "CAN_INIT_ACT_STAT_DT CAN_INIT_INACT_STAT_DT CAN_LAST_ACT_STAT_DT "
            "CAN_LAST_INACT_STAT_DT CAN_LISTING_DT DON_RECOV_DT PERS_OPTN_DEATH_DT PERS_RELIST "
            "PERS_RESTRICT_DEATH_DT PERS_RETX PERS_SSA_DEATH_DT REC_ADMISSION_DT REC_DISCHRG_DT "
            "REC_DISCHRG_LAB_DT REC_FAIL_DT REC_HGT_WGT_DT REC_PRETX_LAB_DT REC_PX_STAT_DT "
            "REC_TXFER_DT REC_TX_DT TFL_DEATH_DT TFL_ENDTXFU TFL_GRAFT_DT TFL_LAFUDATE",
            "date",
        ),
        **_same("REC_DGN_OSTXT", "free_text"),
    },
    "TXF_LI": {
        **_same(
            "REC_TX_DT TFL_FAIL_DT TFL_HGT_WGT_DT TFL_LAB_DT TFL_PX_STAT_DT TFL_TXFER_DT",
            "date",
        ),
    },
}


PHI["nidb"] = {
    "assessment_series": {
        **_same("series_datetime lastupdate", "date"),
        **_same("series_notes", "free_text"),
    },
    "audio_series": {
        **_same("series_datetime lastupdate", "date"),
        **_same("series_notes", "free_text"),
    },
    "binary_series": {
        **_same("series_datetime lastupdate", "date"),
    },
    "consent_series": {
        **_same("series_datetime lastupdate", "date"),
        **_same("series_notes", "free_text"),
    },
    "cr_series": {
        **_same("series_datetime lastupdate", "date"),
        **_same("series_notes", "free_text"),
    },
    "ct_series": {
        **_same("series_datetime lastupdate", "date"),
        **_same("series_notes", "free_text"),
    },
    "diagnosis": {
        **_same("start_date end_date", "date"),
    },
    "dicom_monitor": {
        **_same("PatientID", "mrn"),
        **_same("StudyInstanceUID SeriesInstanceUID", "other_id"),
        **_same("StudyDatetime SeriesDatetime", "date"),
    },
    "doc_series": {
        **_same("series_datetime lastupdate", "date"),
        **_same("series_notes", "free_text"),
    },
    "ecg_series": {
        **_same("series_datetime lastupdate", "date"),
        **_same("series_notes", "free_text"),
    },
    "eeg_series": {
        **_same("series_datetime lastupdate", "date"),
        **_same("series_notes", "free_text"),
    },
    "enrollment": {
        **_same("enroll_startdate enroll_enddate lastupdate", "date"),
        **_same("irb_consent", "other_id"),
    },
    "enrollment_checklist": {
        **_same("notes", "free_text"),
        **_same("date_completed", "date"),
    },
    "enrollment_missingdata": {
        **_same("missingreason_date", "date"),
    },
    "et_series": {
        **_same("series_datetime lastupdate", "date"),
        **_same("series_notes", "free_text"),
    },
    "families": {
        **_same("family_createdate family_lastupdate", "date"),
    },
    "family_members": {
        **_same("fm_createdate", "date"),
    },
    "fileio_requests": {
        **_same("merge_name", "name"),
        **_same("merge_dob", "date"),
        **_same("merge_guid", "other_id"),
        **_same("merge_altuids", "mrn"),
    },
    "files": {
        **_same("file_blob", "other_id"),
    },
    "groups": {
        **_same("nda_csv", "other_id"),
    },
    "group_data": {
        **_same("date_added", "date"),
    },
    "gsr_series": {
        **_same("series_datetime lastupdate", "date"),
        **_same("series_notes", "free_text"),
    },
    "image_series": {
        **_same("series_datetime lastupdate", "date"),
        **_same("series_notes", "free_text"),
    },
    "importlogs": {
        **_same("patientid_orig", "mrn"),
        **_same("patientname_orig patientname_new", "name"),
        **_same(
            "patientdob_orig studydatetime_orig seriesdatetime_orig acquisitiondatetime_orig "
            "contentdatetime_orig patientdob_new studydatetime_new seriesdatetime_new",
            "date",
        ),
        **_same("sopinstance_orig", "other_id"),
    },
    "import_requests": {
        **_same("import_subjectid import_altuids", "mrn"),
        **_same("import_seriesnotes", "free_text"),
        **_same("import_dob", "date"),
    },
    "interventions": {
        **_same("startdate enddate entrydate recordcreatedate recordmodifydate", "date"),
        **_same("notes", "free_text"),
    },
    "meg_series": {
        **_same("series_datetime lastupdate", "date"),
        **_same("series_notes", "free_text"),
    },
    "mr_series": {
        **_same("series_datetime series_createdate lastupdate", "date"),
        **_same("image_comments series_notes", "free_text"),
    },
    "nm_series": {
        **_same("series_datetime lastupdate", "date"),
        **_same("series_notes", "free_text"),
    },
    "observations": {
        **_same("observation_notes", "free_text"),
        **_same(
            "observation_startdate observation_enddate observation_entrydate "
            "observation_createdate observation_modifydate",
            "date",
        ),
    },
    "observation_surveys": {
        **_same(
            "survey_startdate survey_enddate survey_entrydate survey_opentime survey_prompttime "
            "survey_recordtime survey_expirytime",
            "date",
        ),
        **_same("survey_notes", "free_text"),
    },
    "ot_series": {
        **_same("series_datetime lastupdate", "date"),
        **_same("series_notes", "free_text"),
    },
    "package_enrollments": {
        **_same("package_subjectid", "mrn"),
    },
    "package_subjects": {
        **_same("subjectPrimaryID", "mrn"),
    },
    "ppi_series": {
        **_same("series_datetime lastupdate", "date"),
        **_same("series_notes", "free_text"),
    },
    "pr_series": {
        **_same("series_datetime lastupdate", "date"),
        **_same("series_notes", "free_text"),
    },
    "ratings": {
        **_same("rating_notes", "free_text"),
        **_same("rating_date", "date"),
    },
    "search_history": {
        **_same("subjectaltuid", "mrn"),
        **_same("subjectname", "name"),
        **_same("subjectdobstart subjectdobend studydatestart studydateend", "date"),
        **_same("studyaltscanid", "other_id"),
    },
    "snp_series": {
        **_same("series_datetime lastupdate", "date"),
        **_same("series_notes", "free_text"),
    },
    "sr_series": {
        **_same("series_datetime lastupdate", "date"),
        **_same("series_notes", "free_text"),
    },
    "studies": {
        **_same("study_alternateid study_uid", "other_id"),
        **_same(
            "study_datetime study_radreaddate study_createdate storage_lastupdate lastupdate",
            "date",
        ),
        **_same("study_notes study_radreadfindings", "free_text"),
    },
    "subjects": {
        **_same("name uuid", "name"),
        **_same("birthdate lastupdate", "date"),
        **_same("phone1", "phone"),
        **_same("email", "email"),
        **_same("guid", "other_id"),
    },
    "subjectsimport_pending": {
        **_same("redcapid altuid", "mrn"),
        **_same("name", "name"),
        **_same("birthdate", "date"),
    },
    "subject_altuid": {
        **_same("altuid", "mrn"),
    },
    "surgery_series": {
        **_same("series_datetime lastupdate", "date"),
        **_same("series_notes", "free_text"),
    },
    "task_series": {
        **_same("series_datetime lastupdate", "date"),
        **_same("series_notes", "free_text"),
    },
    "timeseries": {
        **_same("time", "date"),
    },
    "tms_series": {
        **_same("series_datetime lastupdate", "date"),
        **_same("series_notes", "free_text"),
    },
    "uploads": {
        **_same("upload_patientid", "mrn"),
    },
    "upload_series": {
        **_same("uploadseries_instanceuid", "other_id"),
        **_same("uploadseries_date", "date"),
    },
    "upload_studies": {
        **_same("uploadstudy_instanceuid", "other_id"),
        **_same("uploadstudy_date", "date"),
    },
    "upload_subjects": {
        **_same("uploadsubject_patientid", "mrn"),
        **_same("uploadsubject_name", "name"),
        **_same("uploadsubject_dob", "date"),
    },
    "us_series": {
        **_same("series_datetime lastupdate", "date"),
        **_same("series_notes", "free_text"),
    },
    "video_series": {
        **_same("series_datetime lastupdate", "date"),
        **_same("series_notes", "free_text"),
    },
    "vitals": {
        **_same(
            "vital_date vital_startdate vital_enddate vital_entrydate vital_recordcreatedate "
            "vital_recordmodifydate",
            "date",
        ),
        **_same("vital_notes", "free_text"),
    },
    "xa_series": {
        **_same("series_datetime lastupdate", "date"),
        **_same("series_notes", "free_text"),
    },
}


PHI["zeprs"] = {
    "address": {
        **_same("line1 line2", "address"),
        **_same("last_modified created", "date"),
    },
    "appointment": {
        **_same("comment", "free_text"),
        **_same("visit_date appointment_date", "date"),
    },
    "arvregimen": {
        **_same("regimen_visit_date", "date"),
    },
    "chart": {
        **_same("lmp_date", "date"),
    },
    "comment": {
        **_same("comment_text action_plan", "free_text"),
        **_same("last_modified created", "date"),
    },
    "deliverysum": {
        **_same(
            "indication_induction_desc_425 indication_CS_forcepts_desc_61 "
            "treatment_method_desc_464 if_complications_desc_468 other_placenta_abnormal_474 "
            "comments",
            "free_text",
        ),
        **_same(
            "time_rupture_427 first_stage_began_431 complete_dilitation_432 "
            "time_last_baby_delivered placenta_delivered_438 date_first_stage_began "
            "date_last_baby_delivered date_placenta_delivered date_complete_dilitation "
            "rupture_of_membranes_date_328 rupture_of_membranes_time_329",
            "date",
        ),
    },
    "district_id": {
        **_same("patient_id", "mrn"),
    },
    "encounter": {
        **_same("last_modified created date_visit", "date"),
    },
    "encounter_archive": {
        **_same("last_modified created date_visit date_deleted", "date"),
    },
    "encounter_value_archive": {
        **_same("value previous_value", "other_id"),
        **_same("last_modified created", "date"),
    },
    "hiv_report": {
        **_same("district_patient_id", "mrn"),
        **_same("patient_name", "name"),
        **_same("encounter_date cd4_date hgb_date date_next_visit", "date"),
    },
    "initialvisit": {
        **_same("lmp_127 edd_128", "date"),
        **_same(
            "heent_abnorm_162 teeth_other_164 respiratory_system_other heart_other_170 "
            "abdomen_abnormal_173 extremities_abnormal_175 skin_abnorm_177 rectum_abnormal_180 "
            "vulva_abnormal_182 vagina_abnormal_184 cervix_abnormal_186 adnexa_abnormal_190 "
            "comments",
            "free_text",
        ),
    },
    "labtest": {
        **_same("dateLabRequest dateLabResults", "date"),
        **_same("treatment comments", "free_text"),
    },
    "maternaldischarge": {
        **_same(
            "perineum_other_1199 perineum_infect_desc_1198 if_cs_cond_other_1206 "
            "treatment_on_discharge_595 comments_maternal_discharge_597 "
            "reason_for_referral_1202",
            "free_text",
        ),
        **_same("date_followup_visit", "date"),
    },
    "medsurghist": {
        **_same(
            "drug_allergy_99 comments_1249 if_pelvic_op_descr_120 incident_1_desc_123 "
            "incident_2_desc_1150 incident_3_desc_1153 incident_4_desc_1156 "
            "incident_5_desc_1159",
            "free_text",
        ),
    },
    "newborneval": {
        **_same(
            "date_of_birth time_of_birth_1514 first_postnatal_visit_date_564 "
            "date_of_discharge_1268",
            "date",
        ),
        **_same(
            "trauma_other_1192 if_sb_cause_494 neonatal_death_cause_desc_496 tactile_results "
            "suction_results oxygen_results intubation_results ephinephrine_results "
            "naxolone_results atropine_results bag_and_mask_results sodium_bcarbonate_results "
            "other_drugs_results eyes_other_524 mouth_other_527 genitalia_other_697 "
            "back_other_537 upper_extrem_desc_539 lower_extrem_desc_542 anomalies_cns_desc_544 "
            "anomalies_chromo_desc_546 anomalies_cardio_desc_548 anomalies_genitour_desc_550 "
            "anomalies_ohter_1189 immunisation_desc_556 problems_comments_557 "
            "treatment_on_discharge_562 other_comments_563 hent_abnormality "
            "respiratory_system_other cardiovascular_abnormality skin_other_701 "
            "abdominal_abnormality anomalies_pulmonary_comment "
            "anomalies_musculoskeletal_comment anomalies_gastrointestinal_comment "
            "anomalies_orofacial_comment",
            "free_text",
        ),
    },
    "newbornrecord": {
        **_same("date_of_birth time_of_birth_1514", "date"),
    },
    "outcome": {
        **_same("last_modified created uth_admission_date", "date"),
    },
    "outcome_archive": {
        **_same("last_modified created uth_admission_date date_deleted", "date"),
    },
    "parto_cervix": {
        **_same(
            "date_visit last_modified created time_1 time_2 time_3 time_4 time_5 time_6 time_7 "
            "time_8 time_9 time_10 time_11 time_12 time_13 time_14 time_15 time_16 time_17 "
            "time_18 time_19 time_20 time_21 time_22 time_23 time_24",
            "date",
        ),
    },
    "parto_fetal_hr": {
        **_same(
            "date_visit last_modified created time_1 time_2 time_3 time_4 time_5 time_6 time_7 "
            "time_8 time_9 time_10 time_11 time_12 time_13 time_14 time_15 time_16 time_17 "
            "time_18 time_19 time_20 time_21 time_22 time_23 time_24 time_25 time_26 time_27 "
            "time_28 time_29 time_30 time_31 time_32 time_33 time_34 time_35 time_36 time_37 "
            "time_38 time_39 time_40 time_41 time_42 time_43 time_44 time_45 time_46 time_47 "
            "time_48",
            "date",
        ),
    },
    "parto_liquor": {
        **_same(
            "date_visit last_modified created time_1 time_2 time_3 time_4 time_5 time_6 time_7 "
            "time_8 time_9 time_10 time_11 time_12 time_13 time_14 time_15 time_16 time_17 "
            "time_18 time_19 time_20 time_21 time_22 time_23 time_24 time_25 time_26 time_27 "
            "time_28 time_29 time_30 time_31 time_32 time_33 time_34 time_35 time_36 time_37 "
            "time_38 time_39 time_40 time_41 time_42 time_43 time_44 time_45 time_46 time_47 "
            "time_48",
            "date",
        ),
    },
    "parto_moulding": {
        **_same(
            "date_visit last_modified created time_1 time_2 time_3 time_4 time_5 time_6 time_7 "
            "time_8 time_9 time_10 time_11 time_12 time_13 time_14 time_15 time_16 time_17 "
            "time_18 time_19 time_20 time_21 time_22 time_23 time_24 time_25 time_26 time_27 "
            "time_28 time_29 time_30 time_31 time_32 time_33 time_34 time_35 time_36 time_37 "
            "time_38 time_39 time_40 time_41 time_42 time_43 time_44 time_45 time_46 time_47 "
            "time_48",
            "date",
        ),
    },
    "partographstatus": {
        **_same("date_completed time_of_birth", "date"),
    },
    "patient": {
        **_same("first_name surname", "name"),
        **_same("nrc_number", "ssn"),
        **_same("district_patient_id obstetric_record_number parent_district_id", "mrn"),
        **_same("last_modified created birthdate time_of_birth date_death", "date"),
    },
    "patient_status": {
        **_same("current_lmp_date last_modified created", "date"),
    },
    "patientregistration": {
        **_same(
            "surname_6 forenames_7 surname_p_father_24 forenames_p_father_25 surname_husband_26 "
            "forenames_husband_27 surname_guardian_33 forenames_guardian_34 "
            "surname_emerg_contact_35 forenames_emerg_contact_36",
            "name",
        ),
        **_same("nrc_no_9", "ssn"),
        **_same("obstetric_record_number_1134 patient_id_number", "mrn"),
        **_same("birth_date_17 date_of_resi_21", "date"),
        **_same(
            "residential_19 residential_20 nearby_place_worship_39 address_emerg_contact_37",
            "address",
        ),
        **_same("tel_no_husband_32 tel_no_emerg_contact_38", "phone"),
    },
    "postnatalmaternalvisit": {
        **_same(
            "other_complaints_622 eyes_other_627 mouth_other_1191 teeth_other_164 "
            "lymphadenopa_desc_1209 perineum_other_1199 perineum_infect_desc_1198 "
            "bowels_abno_640 micturition_desc_642 wound_abnor_644 postnatal_comments",
            "free_text",
        ),
    },
    "pregnancy": {
        **_same(
            "date_pregnancy_begin date_pregnancy_end last_modified created date_labour_admission",
            "date",
        ),
    },
    "pregnancydating": {
        **_same("lmp_127_calculated edd_128 lmp_from_widget", "date"),
    },
    "prevpregnancies": {
        **_same("place_delivery_other", "address"),
        **_same(
            "other_cause_death_55 indication_CS_forcepts_desc_61 complications_other comments",
            "free_text",
        ),
        **_same("month_of_delivery", "date"),
    },
    "problabor": {
        **_same(
            "contractions_date_1251 lower_abdominal_pains_date_onset "
            "deacreased_fetal_mvmt_date_onset bleeding_date_of_onset_1255 "
            "vag_discharge_date_of_onset_1253 fever_date_onset diarrhea_date_onset "
            "date_onset_headache time_of_exam_1175 time_320 rupture_of_membranes_date_328 "
            "rupture_of_membranes_time_329",
            "date",
        ),
        **_same(
            "reasons_other_describe respiratory_system_other heent_abnorm_162 heart_other_170 "
            "abdomen_abnormal_173 skin_abnorm_177 extremities_abnormal_175 rectum_abnormal_180 "
            "vulva_abnormal_182 vagina_abnormal_184 cervix_abnormal_186 adnexa_abnormal_190 "
            "teeth_other_164 condition_of_vulva_desc_322 condition_of_vagina_other_324 "
            "diag_other treatment_1463 comments_ante_prob_1464 comments_reasons_for_eval",
            "free_text",
        ),
    },
    "problem": {
        **_same("onset_date last_modified created", "date"),
    },
    "problem_archive": {
        **_same("onset_date last_modified created date_deleted", "date"),
    },
    "puerperium": {
        **_same("time_of_exam", "date"),
        **_same("comments", "free_text"),
    },
    "referral": {
        **_same("date_of_referral", "date"),
    },
    "referral_reasons": {
        **_same("diag_other", "free_text"),
    },
    "routineante": {
        **_same("date_next_appt", "date"),
    },
    "rpr": {
        **_same("rpr_date rpr_treatment_date dateRprRequest", "date"),
        **_same("rpr_comments", "free_text"),
    },
    "safemotherhoodcare": {
        **_same("prior_hiv_testing_date tt1_110 tt2_111 tt3_112 tt4_113 tt5_114", "date"),
    },
    "smcounselingvisit": {
        **_same("testDate counseling_date", "date"),
    },
    "task": {
        **_same("auditInfo", "date"),
    },
    "tt_immunisation": {
        **_same(
            "tt_immunisation_1 tt_immunisation_2 tt_immunisation_3 tt_immunisation_4 "
            "tt_immunisation_5",
            "date",
        ),
    },
}


PHI["myclinic"] = {
    "disease": {
        **_same("start_date end_date", "date"),
    },
    "drug_attr": {
        **_same("tekiyou", "free_text"),
    },
    "hoken_koukikourei": {
        **_same("hihokensha_bangou", "health_plan"),
        **_same("valid_from valid_upto", "date"),
    },
    "hoken_roujin": {
        **_same("jukyuusha", "health_plan"),
        **_same("valid_from valid_upto", "date"),
    },
    "hoken_shahokokuho": {
        **_same("hihokensha_bangou", "health_plan"),
        **_same("valid_from valid_upto", "date"),
    },
    "hotline": {
        **_same("message", "free_text"),
    },
    "intraclinic_comment": {
        **_same("content", "free_text"),
    },
    "intraclinic_post": {
        **_same("content", "free_text"),
    },
    "kouhi": {
        **_same("jukyuusha", "health_plan"),
        **_same("valid_from valid_upto", "date"),
    },
    "patient": {
        **_same("last_name first_name last_name_yomi first_name_yomi", "name"),
        **_same("birth_day", "date"),
        **_same("address", "address"),
        **_same("phone", "phone"),
    },
    "practice_log": {
        **_same("body", "other_id"),
    },
    "shinryou_attr": {
        **_same("tekiyou", "free_text"),
    },
    "shouki": {
        **_same("shouki", "free_text"),
    },
    "visit": {
        **_same("v_datetime", "date"),
    },
    "visit_drug": {
        **_same("d_usage", "free_text"),
    },
    "visit_payment": {
        **_same("paytime", "date"),
    },
    "visit_text": {
        **_same("content", "free_text"),
    },
}


PHI["docare"] = {
    "MED_BLOOD_GAS_DETAIL": {
        **_same("OP_DATE", "date"),
    },
    "MED_BLOOD_GAS_MASTER": {
        **_same("PATIENT_ID", "mrn"),
        **_same("RECORD_DATE OP_DATE", "date"),
        **_same("NURSE_MEMO1 NURSE_MEMO2", "free_text"),
    },
    "MED_ADT_LOG": {
        **_same("LOG_DATE_TIME", "date"),
        **_same("PATIENT_ID", "mrn"),
    },
    "MED_EXAM_ITEMS": {
        **_same("EXAM_NO", "other_id"),
    },
    "MED_EXAM_MASTER": {
        **_same("EXAM_NO", "other_id"),
        **_same("PATIENT_LOCAL_ID PATIENT_ID", "mrn"),
        **_same("NAME", "name"),
        **_same(
            "DATE_OF_BIRTH SPM_RECVED_DATE REQ_DATE_TIME SCHEDULED_DATE_TIME EXAM_DATE_TIME "
            "REPORT_DATE_TIME VERIFIED_DATE_TIME",
            "date",
        ),
        **_same(
            "CLIN_SYMP PHYS_SIGN RELEVANT_LAB_TEST RELEVANT_DIAG CLIN_DIAG REQ_MEMO NOTICE",
            "free_text",
        ),
    },
    "MED_EXAM_REPORT": {
        **_same("EXAM_NO STUDY_UID", "other_id"),
        **_same("DESCRIPTION IMPRESSION RECOMMENDATION MEMO", "free_text"),
    },
    "MED_LAB_RESULT": {
        **_same("TEST_NO", "other_id"),
        **_same("RESULT_DATE_TIME", "date"),
    },
    "MED_LAB_TEST_ITEMS": {
        **_same("TEST_NO", "other_id"),
    },
    "MED_LAB_TEST_MASTER": {
        **_same("TEST_NO WORKING_ID BARCODE", "other_id"),
        **_same("PATIENT_ID", "mrn"),
        **_same(
            "EXECUTE_DATE SPCM_RECEIVED_DATE_TIME SPCM_SAMPLE_DATE_TIME REQUESTED_DATE_TIME "
            "RESULTS_RPT_DATE_TIME",
            "date",
        ),
        **_same("NAME NAME_PHONETIC", "name"),
        **_same("TEST_CAUSE RELEVANT_CLINIC_DIAG NOTES_FOR_SPCM", "free_text"),
    },
    "MED_MONITOR_DICT": {
        **_same("PATIENT_ID", "mrn"),
    },
    "MED_MR_FILE_INDEX": {
        **_same("PATIENT_ID", "mrn"),
        **_same("CREATE_DATE_TIME LAST_MODIFY_DATE_TIME", "date"),
    },
    "MED_MR_INDEX": {
        **_same("PATIENT_ID", "mrn"),
        **_same("LAST_ACCESS_DATE_TIME", "date"),
    },
    "MED_ORDERS": {
        **_same("PATIENT_ID", "mrn"),
        **_same(
            "START_DATE_TIME STOP_DATE_TIME ENTER_DATE_TIME STOP_ORDER_DATE_TIME "
            "LAST_PERFORM_DATE_TIME LAST_ACCTING_DATE_TIME",
            "date",
        ),
        **_same("CURRENT_PRESC_NO", "other_id"),
    },
    "MED_PATIENT_FORM_DATA_DICT": {
        **_same("PATIENT_ID", "mrn"),
    },
    "MED_PATS_IN_HOSPITAL": {
        **_same("PATIENT_ID", "mrn"),
        **_same(
            "ADMISSION_DATE_TIME ADM_WARD_DATE_TIME OPERATING_DATE BILLING_DATE_TIME "
            "BILL_CHECKED_DATE_TIME RESERVED_DATE01 RESERVED_DATE02 START_DATE_TIME",
            "date",
        ),
        **_same("DIAGNOSIS", "free_text"),
        **_same("GUARANTOR GUARANTOR_ORG", "name"),
        **_same("GUARANTOR_PHONE_NUM", "phone"),
    },
    "MED_PAT_MASTER_INDEX": {
        **_same("PATIENT_ID INP_NO", "mrn"),
        **_same("NAME NAME_PHONETIC NEXT_OF_KIN", "name"),
        **_same("DATE_OF_BIRTH LAST_VISIT_DATE CREATE_DATE", "date"),
        **_same(
            "BIRTH_PLACE MAILING_ADDRESS ZIP_CODE NEXT_OF_KIN_ADDR NEXT_OF_KIN_ZIP_CODE",
            "address",
        ),
        **_same("ID_NO", "ssn"),
        **_same("PHONE_NUMBER_HOME PHONE_NUMBER_BUSINESS NEXT_OF_KIN_PHONE", "phone"),
    },
    "MED_PAT_MONITOR_DATA_DICT": {
        **_same("PATIENT_ID", "mrn"),
    },
    "MED_PAT_VISIT": {
        **_same("PATIENT_ID", "mrn"),
        **_same(
            "ADMISSION_DATE_TIME DISCHARGE_DATE_TIME CONSULTING_DATE CATALOG_DATE "
            "RESERVED_DATE01 RESERVED_DATE02",
            "date",
        ),
        **_same("INSURANCE_NO", "health_plan"),
        **_same("SERVICE_AGENCY NEXT_OF_KIN", "name"),
        **_same("MAILING_ADDRESS ZIP_CODE NEXT_OF_KIN_ADDR NEXT_OF_KIN_ZIPCODE", "address"),
        **_same("NEXT_OF_KIN_PHONE", "phone"),
    },
    "MED_TRANSFER": {
        **_same("PATIENT_ID", "mrn"),
        **_same("ADMISSION_DATE_TIME DISCHARGE_DATE_TIME RESERVED3", "date"),
    },
    "MED_VS_HIS_OPER_APPLY": {
        **_same("MED_PATIENT_ID HIS_PATIENT_ID", "mrn"),
        **_same("HIS_APPLY_NO HIS_VISIT_ID HIS_SCHEDULE_ID", "other_id"),
        **_same("REQ_DATE_TIME", "date"),
    },
    "MED_VS_HIS_OPER_MASTER": {
        **_same("MED_PATIENT_ID HIS_PATIENT_ID", "mrn"),
        **_same("HIS_APPLY_NO HIS_VISIT_ID HIS_SCHEDULE_ID", "other_id"),
        **_same("REQ_DATE_TIME", "date"),
    },
    "MED_VS_HIS_ORDERS": {
        **_same("MED_PATIENT_ID", "mrn"),
        **_same("HIS_ORDER_NO", "other_id"),
        **_same("CREATE_DATE", "date"),
    },
    "MED_VS_HIS_PAT": {
        **_same("MED_PATIENT_ID HIS_PATIENT_ID HIS_INP_NO", "mrn"),
        **_same("HIS_VISIT_ID", "other_id"),
        **_same("CREATE_DATE", "date"),
    },
    "MED_VS_PACS_EXAM": {
        **_same("MED_EXAM_NO HIS_EXAM_NO", "other_id"),
        **_same("HIS_PATIENT_LOCAL_ID", "mrn"),
    },
    "MED_MR_CONTENT": {
        **_same("PATIENT_ID", "mrn"),
        **_same("MR_CONT", "other_id"),
    },
    "MED_MR_FILE": {
        **_same("PATIENT_ID", "mrn"),
        **_same("CREATE_DATE_TIME LAST_MODIDATE", "date"),
    },
    "MED_VS_HIS_OPER_BILL_CONSTS": {
        **_same("PATIENT_ID", "mrn"),
    },
    "MED_VS_HIS_OPER_APPLY_V2": {
        **_same("MED_PATIENT_ID HIS_PATIENT_ID", "mrn"),
        **_same("HIS_APPLY_NO HIS_VISIT_ID HIS_SCHEDULE_ID", "other_id"),
        **_same("REQ_DATE_TIME", "date"),
    },
    "MED_EMR_ARCHIVE_DETIAL": {
        **_same("patient_id", "mrn"),
        **_same("archive_date_time", "date"),
    },
    "MED_ANESTHESIA_EVENT": {
        **_same("PATIENT_ID", "mrn"),
        **_same("START_TIME END_DATE", "date"),
    },
    "MED_ANESTHESIA_INQUIRY": {
        **_same("PATIENT_ID", "mrn"),
        **_same("INQUIRY_DATE_TIME ENTIRE_REVIVAL_TIME ENTER_DATE_TIME PLANDATE C4", "date"),
        **_same("MEMO SHZT", "free_text"),
    },
    "MED_ANESTHESIA_NURSE": {
        **_same("PATIENT_ID", "mrn"),
        **_same("BEFORE_COVER AFTER_COVER SPECIAL_CON AFTER_NOTIC MEMO", "free_text"),
        **_same(
            "ENTER_DATE_TIME OUT_DATE_TIME D_IN_TIME D_OUT_TIME S_IN_TIME S_OUT_TIME NURSEDATE1 "
            "NURSEDATE2",
            "date",
        ),
    },
    "MED_ANESTHESIA_PLAN": {
        **_same("PATIENT_ID", "mrn"),
        **_same(
            "MR_ABSTRACT ANES_HISTORY SOUND_OF_HEART_AND_LUNG ECG_EXAM LUNG EXAM_X LIVER KIDNEY "
            "ANES_SUMMARY SOUND_OF_HEART SOUND_OF_LUNG HEART_COLOR_ULTRASONIC "
            "ANESTHESIA_OPERATION THORACIC_CAGE INVESTIGATE_SUGGESTION ECG "
            "HEART_CATHETERIZATION ECHOCARDIOGRAPHY X_RAY_EXAMINATION PSYCH_MEMO COMM_MEMO "
            "STATESPEC P_HISTORY1 P_HISTORY2 C_HISTORY1 C_HISTORY2 ANES_HISTORY_FAMILY CARDIAC "
            "RESPIRATORY ENDOCRINE GL_GU NEUR_HEMA MUSCULAR_SKELETAL HEART_DESC",
            "free_text",
        ),
        **_same(
            "ANES_START_TIME ANES_END_TIME ENTER_DATE_TIME VISIT_DATE PLANDATE NPO_SINCE",
            "date",
        ),
    },
    "MED_ANESTHESIA_RECOVERY": {
        **_same("PATIENT_ID", "mrn"),
        **_same("NOTE", "free_text"),
        **_same("SUMM_START_TIME SUMM_END_TIME", "date"),
    },
    "MED_DRUG_BILL": {
        **_same("PATIENT_ID", "mrn"),
    },
    "MED_ANES_QUERY_RESULT_TEMP": {
        **_same("PATIENT_ID", "mrn"),
    },
    "MED_BLOOD_GAS_ANALYSIS_REC": {
        **_same("PATIENT_ID", "mrn"),
        **_same("TIME_POINT", "date"),
    },
    "MED_OPERATING_ROOM": {
        **_same("PATIENT_ID", "mrn"),
    },
    "MED_OPERATION_MASTER": {
        **_same("PATIENT_ID", "mrn"),
        **_same("DIAG_BEFORE_OPERATION PATIENT_CONDITION DIAG_AFTER_OPERATION MEMO", "free_text"),
        **_same(
            "START_DATE_TIME END_DATE_TIME IN_DATE_TIME OUT_DATE_TIME ANES_START_DATE_TIME "
            "RETURN_DATE_TIME IN_PACU_DATE_TIME OUT_PACU_DATE_TIME RESERVED9 RESERVED10 "
            "ENTERED_DATETIME INQUIRY_BEFORE_DATE INQUIRY_AFTER_DATE",
            "date",
        ),
        **_same("OPERATION_ID ANESTHESIA_ID", "other_id"),
    },
    "MED_OPERATION_NAME": {
        **_same("PATIENT_ID", "mrn"),
    },
    "MED_OPERATION_NURSE_SHIFT": {
        **_same("PATIENT_ID", "mrn"),
        **_same("SHIFT_DATE_TIME", "date"),
    },
    "MED_OPERATION_SCHEDULE": {
        **_same("PATIENT_ID", "mrn"),
        **_same("SCHEDULED_DATE_TIME REQ_DATE_TIME RESERVED9 RESERVED10", "date"),
        **_same("DIAG_BEFORE_OPERATION PATIENT_CONDITION NOTES_ON_OPERATION", "free_text"),
        **_same("OPERATION_ID", "other_id"),
    },
    "MED_OPERATION_SHIFT": {
        **_same("PATIENT_ID", "mrn"),
        **_same("WORK_BEGIN WORK_END", "date"),
    },
    "MED_PACU_VITALSIGNS": {
        **_same("PATIENT_ID", "mrn"),
        **_same("TIME_POINT", "date"),
    },
    "MED_PACU_VITALSIGNS_CHANGED": {
        **_same("PATIENT_ID", "mrn"),
        **_same("TIME_POINT LOG_DATE_TIME", "date"),
    },
    "MED_PAT_MONITOR_DATA_EXT": {
        **_same("PATIENT_ID", "mrn"),
        **_same("RECORDING_DATE TIME_POINT LOG_DATE_TIME", "date"),
        **_same("MEMO", "free_text"),
    },
    "MED_SCHEDULED_OPERATION_NAME": {
        **_same("PATIENT_ID", "mrn"),
    },
    "MED_TRANSFER_SELF": {
        **_same("PATIENT_ID", "mrn"),
        **_same("ENTER_DATE", "date"),
    },
    "GCS_SCORING_RESULT_DETAIL": {
        **_same("PATIENT_ID", "mrn"),
        **_same("SCORING_DATE_TIME", "date"),
        **_same("MEMO", "free_text"),
    },
    "PATIENT_SCORING_RESULT": {
        **_same("PATIENT_ID", "mrn"),
        **_same("SCORING_DATE_TIME ENTER_DATE_TIME", "date"),
        **_same("PAT_CONDITION MEMO", "free_text"),
    },
}


PHI["epicehi"] = {
    "ACCOUNT": {
        **_same("ACCOUNT_ID EPIC_ACCT_ID SBO_HSP_ACCOUNT_ID OLD_REHOMED_ID", "account"),
        **_same("ACCOUNT_NAME CONTACT_PERSON EMPR_ID_CMT CONF_NAM_OF_ASSC_PT", "name"),
        **_same(
            "BIRTHDATE PMT_PLAN_STRT_DATE LAST_INS_PMT_DATE LAST_PAT_PMT_DATE LAST_STMT_DATE "
            "CONTRACT_EXP_DATE EB_LAST_ND_STMT_DT EB_LAST_D_STMT_DT HB_SP_AGING_DATE "
            "HB_INS_AGING_DATE HB_LAST_INS_PMT_DT HB_LAST_SP_PMT_DT EB_LAST_INFO_ST_DT "
            "EB_LAST_D_INFO_DT NXT_STM_DATE HB_LAST_STMT_DATE HB_NEXT_STMT_DATE "
            "HB_LAST_DEMAND_DATE HB_BILL_NOTE_EXP_DT LAST_VERIF_DT NEXT_REVIEW_DT",
            "date",
        ),
        **_same(
            "CITY ZIP HOUSE_NUM COUNTY_C_NAME GUAR_EMPR_CITY GUAR_EMPR_ZIP GUAR_EMP_HOUSE_NUM "
            "GUAR_EMPR_DISTR_C_NAME",
            "address",
        ),
        **_same("HOME_PHONE WORK_PHONE", "phone"),
    },
    "ACCT_ADDR": {
        **_same("ACCOUNT_ID", "account"),
        **_same("ADDRESS", "address"),
    },
    "ACCT_GUAR_PAT_INFO": {
        **_same("ACCOUNT_ID", "account"),
    },
    "APPEAL_GRV": {
        **_same(
            "SERIES_IDENTIFIER EXTERNAL_IDENTIFIER SUBJECT_AUTH_REQUEST_ID SUBJECT_CLAIM_ID "
            "RESULT_AUTH_REQUEST_ID RESULT_CLAIM_ID",
            "other_id",
        ),
        **_same(
            "RECORD_CREATE_UTC_DTTM SUBMISSION_OVRIDE_UTC_DTTM DECISION_SYS_UTC_DTTM "
            "DECISION_OVRIDE_UTC_DTTM TIMEFRAME_START_UTC_DTTM SUBMISSION_RPT_UTC_DTTM "
            "SUBMISSION_SYS_UTC_DTTM EXP_REQ_REC_UTC_DTTM EXP_REQ_DEC_UTC_DTTM "
            "EXT_REQ_REC_UTC_DTTM EXT_REQ_DEC_UTC_DTTM EFFECT_SYS_UTC_DTTM EFFECT_OVR_UTC_DTTM "
            "EFFECT_RPT_UTC_DTTM EFFECT_DUE_UTC_DTTM OVERALL_DUE_UTC_DTTM DECISION_RPT_UTC_DTTM "
            "DECISION_DUE_UTC_DTTM TIMEFRAME_START_LOCAL_DTTM SUBMISSION_SYS_LOCAL_DTTM "
            "SUBMISSION_OVR_LOCAL_DTTM SUBMISSION_RPT_LOCAL_DTTM EXP_REQ_REC_LOCAL_DTTM "
            "EXP_DEC_LOCAL_DTTM EXT_REQ_LOCAL_DTTM EXT_DEC_LOCAL_DTTM EFFECT_SYS_LOCAL_DTTM "
            "EFFECT_OVR_LOCAL_DTTM EFFECT_RPT_LOCAL_DTTM EFFECT_DUE_LOCAL_DTTM "
            "OVERALL_DUE_LOCAL_DTTM DECISION_LOCAL_DTTM DECISION_OVR_LOCAL_DTTM "
            "DECISION_RPT_LOCAL_DTTM DECISION_DUE_LOCAL_DTTM GRIEVANCE_INCIDENT_UTC_DTTM "
            "GRIEVANCE_INCIDENT_LOCAL_DTTM LATE_FILING_RCV_UTC_DTTM "
            "CASE_SENT_REVW_ENTITY_UTC_DTTM CASE_SENT_REVW_ENTY_LOCAL_DTTM",
            "date",
        ),
    },
    "AP_CLAIM": {
        **_same(
            "CLAIM_ID ORIG_CLAIM_NUM EXTERNAL_CLAIM_ID ORIG_REV_CLM_ID ADJST_CLM_ID "
            "ORIG_ADJST_CLM_ID",
            "other_id",
        ),
        **_same(
            "DATE_RECEIVED ADMISSION_DATE ADMISSION_HOUR ENTRY_DATE SERV_DATE PAY_BY_DATE "
            "RCVD_BY_CARRIER_DT SERVICE_START_DATE SERVICE_END_DATE ADJ_TIME STATUS_DATE "
            "CL_DEN_PEND_DTTM VOID_CHNG_DATETIME ACCIDENT_DT ER_ENTRY_DATETIME "
            "STMT_COV_FROM_DATE STMT_COV_TO_DATE ILL_INJ_LMP_DATE INTEREST_TO_DT "
            "DISCHRG_HR_UB92_FMT ADJST_CREATE_DATE DISABILITY_FROM_DT DISABILITY_TO_DT "
            "DISCHARGE_DATE ENTRY_INSTANT_DTTM",
            "date",
        ),
    },
    "AP_CLAIM_PROC": {
        **_same("SVC_FROM_DATE SVC_TO_DATE", "date"),
        **_same("RFL_MATCHED_ID CLAIM_ID", "other_id"),
    },
    "ARPB_TRANSACTIONS": {
        **_same(
            "POST_DATE SERVICE_DATE VOID_DATE LAST_ACTION_DATE RECEIVE_DATE CE_CODED_DATE "
            "UPDATE_DATE CLAIM_DATE",
            "date",
        ),
        **_same("ACCOUNT_ID IPP_INV_NUMBER", "account"),
        **_same("PAT_ENC_CSN_ID ENC_FORM_NUM VISIT_NUMBER REFERRAL_ID", "other_id"),
    },
    "CLAIM_INFO": {
        **_same(
            "CLAIM_ID DOC_CTRL_NUM WC_CLAIM_NUM WK_COMP_CLAIM_NUM WK_COMP_APRV_CODE "
            "CHAMP_NONAV_STMT_NO ALTERNATE_CLM_ID",
            "other_id",
        ),
        **_same("CLAIM_NAME WC_EMPLOYER_ID_EMPLOYER_NAME", "name"),
        **_same("ACCOUNT_ID", "account"),
        **_same(
            "ENTRY_DATE ADMIT_DATETIME INJURY_DATETIME ILL_INJ_LMP_DT FIRST_CONSULT_DT "
            "LAST_WORKED_DT RETURN_TO_WORK_DT DISCHARGE_DT WK_COMP_MED_RLS_DT OTHER_TREATMNT_DT "
            "ADV_RET_WORK_DT FIRST_TREAT_HOUR_TM EST_DOB_DT DISABILITY_FROM_DT DISABILITY_TO_DT "
            "AUTH_DT CHIR_FIRST_TREAT_DT CHIR_X_RAY_DT CHIR_ACUTE_MANI_DT WC_XRAY_DT",
            "date",
        ),
        **_same("PAT_CHIEF_COMPLAINT WK_COMP_INJ_DESC OTH_INFO", "free_text"),
    },
    "COVERAGE": {
        **_same(
            "COBRA_DATE STUDENT_REVIEW_DT CVG_EFF_DT CVG_TERM_DT WC_DATE_OF_INJURY "
            "EFF_HOSP_CVG_DT EFF_PROV_CVG_DT CVG_CARD_ISSUE_DT",
            "date",
        ),
        **_same("PB_ACCT_ID", "account"),
        **_same("CASEHEAD_NUMBER CCS_PAT_ID", "health_plan"),
        **_same("CASEHEAD_NAME WC_EMPLOYER_ID_EMPLOYER_NAME", "name"),
        **_same("CCS_DX", "free_text"),
        **_same("CHDP_COUNTY_C_NAME COUNTY_CODE_C_NAME", "address"),
        **_same("EVC_NUM", "other_id"),
    },
    "COVERAGE_2": {
        **_same(
            "SIG_ON_FILE_DATE SCHEDULED_DISCON_DT SCHEDULED_ACTV_DT MCARE_SPOUSE_RET_DT "
            "MCARE_RETIRE_DATE EVS_VERIF_DATE",
            "date",
        ),
        **_same("EMPLOYEE_ID_NUM", "other_id"),
    },
    "COVERAGE_MEMBER_LIST": {
        **_same("MEM_PAYOR_NAME MEM_CUSTO_NAME", "name"),
        **_same(
            "MEM_NUMBER MEM_MEDICARE_NUM MEMBER_ID_FROM_FILE MEM_MEDICARE_NUM_COVERAGE "
            "MEM_LEGACY_HICN_COVERAGE MEM_MEDICAID_NUM MEM_ALT_IDENT",
            "health_plan",
        ),
        **_same(
            "MEM_APP_DATE MEM_APP_TIME MEM_EFF_FROM_DATE MEM_EFF_TO_DATE MEM_SCHED_DISCON_DT "
            "LAST_VERIF_DATE MEM_APPL_DTTM MEMBER_PAYER_BIRTH_DATE",
            "date",
        ),
        **_same("CLAIM_IDENTIFIER HIX_APP_ID", "other_id"),
        **_same(
            "MEM_MAIL_CITY MEM_MAIL_ZIP MEM_MAIL_COUNTY_C_NAME MEM_MAIL_ADDR_LN_1 "
            "MEM_MAIL_ADDR_LN_2 MEM_CUSTO_CITY MEM_CUSTO_ZIP MEM_CUSTO_COUNTY_C_NAME "
            "MEM_CUSTO_ADDR_LN_1 MEM_CUSTO_ADDR_LN_2 MEM_MAIL_HOUSE_NUM "
            "MEM_MAIL_DISTRICT_C_NAME MEM_CUSTO_HOUSE_NUM MEM_CUSTO_DISTRICT_C_NAME",
            "address",
        ),
        **_same("MEM_CUSTO_EMAIL", "email"),
    },
    "CVG_SUBSCR_ADDR": {
        **_same("SUBSCR_ADDR", "address"),
    },
    "HSP_ACCOUNT": {
        **_same("HSP_ACCOUNT_ID COMBINE_ACCT_ID OLD_RECUR_PRNT_ID BASE_INV_NUM", "account"),
        **_same("HSP_ACCOUNT_NAME GUAR_NAME", "name"),
        **_same(
            "ACCT_ZERO_BAL_DT ADM_DATE_TIME COMBINE_DATE_TIME COMPLETION_DT_TM DISCH_DATE_TIME "
            "ER_ADMIT_DATE_TIME ER_DSCHG_DATE_TIME FRST_DMND_STMT_DT FRST_STMT_DATE "
            "LAST_DMND_STMT_DT LAST_INTRM_BILL_DT PAT_DOB SIGN_ON_FILE_DATE CODING_DATETIME "
            "FIRST_BILLED_DATE LAST_CODING_DATE DELIVERY_DATE_TIME ACCT_FOLLOWUP_DT",
            "date",
        ),
        **_same("GUAR_ADDR_1 GUAR_ADDR_2 GUAR_ZIP PAT_CITY PAT_ZIP", "address"),
        **_same("GUAR_WK_PHONE PAT_HOME_PHONE PAT_WRK_PHN", "phone"),
        **_same("PAT_SSN", "ssn"),
        **_same("TREATMENT_AUTH_NUM", "other_id"),
        **_same("EXP_TOTAL_CHG_CMT EXP_PAT_LIAB_CMT", "free_text"),
    },
    "HSP_TRANSACTIONS": {
        **_same(
            "HSP_ACCOUNT_ID OLD_HSP_ACCOUNT_ID INVOICE_NUM RFND_GUAR_ID PMT_RECEIPT_NO "
            "RSH_CHG_ORIG_HAR_ID",
            "account",
        ),
        **_same("INST_BILL_COMMENT TX_COMMENT", "free_text"),
        **_same(
            "INST_BILL_DOB SERVICE_DATE START_DATE_TIME STOP_DATE_TIME TX_FILED_TIME "
            "TX_POST_DATE CE_POST_DT CE_FILED_TIME RFND_AP_DATE INI_FILE_ATTEMPT_DT "
            "PMT_HAR_DIS_FROM_DT PMT_HAR_DIS_TO_DT PANEL_DT PANEL_DAT ELEC_PMT_INST_TIME",
            "date",
        ),
        **_same(
            "INST_BILL_EMP_NUM INT_CONTROL_NUMBER ORDER_ID PAT_ENC_CSN_ID OPTIME_LOG_ID",
            "other_id",
        ),
        **_same("INST_BILL_PAT_NAME PAYMENT_FROM", "name"),
    },
    "IDENTITY_ID": {
        **_same("IDENTITY_ID", "mrn"),
    },
    "INVOICE": {
        **_same("ACCOUNT_ID PB_HOSP_ACT_ID", "account"),
    },
    "PATIENT": {
        **_same(
            "PAT_NAME TMP_CARE_OF_PERSON PAT_LAST_NAME PAT_FIRST_NAME PAT_MIDDLE_NAME "
            "EMPLOYER_ID EMPLOYER_ID_EMPLOYER_NAME GUARDIAN_NAME EMPR_ID_CMT",
            "name",
        ),
        **_same(
            "CITY COUNTY_C_NAME ZIP TMP_CITY TMP_ZIP TMP_COUNTY_C_NAME PED_HOSP_LOCATION",
            "address",
        ),
        **_same("HOME_PHONE WORK_PHONE TMP_HOME_PHONE", "phone"),
        **_same("EMAIL_ADDRESS", "email"),
        **_same(
            "BIRTH_DATE REG_DATE ADV_DIRECTIVE_DATE DEATH_DATE TMP_ADDR_START_DT "
            "TMP_ADDR_END_DT EDD_DT EDD_ENTERED_DT MEDS_LAST_REV_TM SELF_EC_VERIF_DATE",
            "date",
        ),
        **_same("SSN", "ssn"),
        **_same("MEDICARE_NUM MEDICAID_NUM", "health_plan"),
        **_same("PAT_MRN_ID", "mrn"),
        **_same("EDD_CMT", "free_text"),
        **_same("MEDS_LAST_REV_CSN", "other_id"),
    },
    "V_EHI_REG_ITEM_AUDIT_CVG": {
        **_same("OLD_VALUE_EXTERNAL NEW_VALUE_EXTERNAL", "other_id"),
    },
}


PHI["webcert"] = {
    "FRAGASVAR": {
        **_same("EXTERN_REFERENS INTYGS_ID", "other_id"),
        **_same(
            "FRAGE_SIGNERINGS_DATUM FRAGE_SKICKAD_DATUM SIGNERINGS_DATUM SISTA_DATUM_FOR_SVAR "
            "SVAR_SIGNERINGS_DATUM SVAR_SKICKAD_DATUM SENASTE_HANDELSE",
            "date",
        ),
        **_same("FRAGE_TEXT MEDDELANDE_RUBRIK SVARS_TEXT", "free_text"),
        **_same("PATIENT_NAMN", "name"),
        **_same("PATIENT_ID", "ssn"),
    },
    "KOMPLETTERING": {
        **_same("TEXT", "free_text"),
    },
    "MIGRERADE_INTYG_FRAN_MEDCERT": {
        **_same("INTYG_ID INTYGS_DATA", "other_id"),
        **_same("PATIENT_NAMN", "name"),
        **_same("PATIENT_SSN", "ssn"),
        **_same("SKAPAD_DATUM SKICKAD_DATUM MIGRERAD_DATUM", "date"),
    },
    "INTYG": {
        **_same("INTYGS_ID MODEL RELATION_INTYG_ID", "other_id"),
        **_same("PATIENT_PERSONNUMMER", "ssn"),
        **_same("PATIENT_FORNAMN PATIENT_MELLANNAMN PATIENT_EFTERNAMN", "name"),
        **_same(
            "SENAST_SPARAD_DATUM SKICKAD_TILL_MOTTAGARE_DATUM ATERKALLAD_DATUM "
            "KLART_FOR_SIGNERING_DATUM SKAPAD",
            "date",
        ),
    },
    "SIGNATUR": {
        **_same("INTYG_ID INTYG_DATA SIGNATUR_DATA", "other_id"),
        **_same("SIGNERINGS_DATUM", "date"),
    },
    "ARENDE": {
        **_same("TIMESTAMP SKICKAT_TIDPUNKT SISTA_DATUM_FOR_SVAR SENASTE_HANDELSE", "date"),
        **_same("REFERENS_ID INTYGS_ID SVAR_PA_REFERENS", "other_id"),
        **_same("PATIENT_PERSON_ID", "ssn"),
        **_same("RUBRIK MEDDELANDE", "free_text"),
    },
    "MEDICINSKT_ARENDE": {
        **_same("TEXT", "free_text"),
    },
    "HANDELSE": {
        **_same("TIMESTAMP SISTA_DATUM_FOR_SVAR", "date"),
        **_same("INTYGS_ID", "other_id"),
        **_same("PATIENT_PERSON_ID", "ssn"),
    },
    "ARENDE_UTKAST": {
        **_same("INTYGS_ID", "other_id"),
        **_same("TEXT", "free_text"),
    },
    "PAGAENDE_SIGNERING": {
        **_same("INTYG_ID INTYG_DATA", "other_id"),
        **_same("SIGNERINGS_DATUM", "date"),
    },
    "REFERENS": {
        **_same("INTYG_ID REFERENS", "other_id"),
    },
    "CERTIFICATE_EVENT": {
        **_same("CERTIFICATE_ID", "other_id"),
        **_same("TIMESTAMP", "date"),
    },
    "CERTIFICATE_EVENT_FAILED_LOAD": {
        **_same("CERTIFICATE_ID", "other_id"),
    },
    "CERTIFICATE_EVENT_PROCESSED": {
        **_same("CERTIFICATE_ID", "other_id"),
    },
    "NOTIFICATION_REDELIVERY": {
        **_same("MESSAGE", "other_id"),
    },
}


PHI["simpleorg"] = {
    "addresses": {
        **_same("street_address village_or_colony district pin zone", "address"),
        **_same("created_at updated_at device_created_at device_updated_at deleted_at", "date"),
    },
    "appointments": {
        **_same(
            "scheduled_date device_created_at device_updated_at created_at updated_at remind_on "
            "deleted_at",
            "date",
        ),
    },
    "blood_pressures": {
        **_same(
            "created_at updated_at device_created_at device_updated_at deleted_at recorded_at",
            "date",
        ),
    },
    "medical_histories": {
        **_same("device_created_at device_updated_at created_at updated_at deleted_at", "date"),
    },
    "blood_sugars": {
        **_same(
            "device_created_at device_updated_at deleted_at recorded_at created_at updated_at",
            "date",
        ),
    },
    "call_logs": {
        **_same("callee_phone_number", "phone"),
        **_same("start_time end_time created_at updated_at deleted_at", "date"),
    },
    "call_results": {
        **_same("device_created_at device_updated_at deleted_at created_at updated_at", "date"),
    },
    "communications": {
        **_same("device_created_at device_updated_at created_at updated_at deleted_at", "date"),
    },
    "encounters": {
        **_same(
            "encountered_on device_created_at device_updated_at deleted_at created_at updated_at",
            "date",
        ),
        **_same("notes", "free_text"),
    },
    "exotel_phone_number_details": {
        **_same(
            "whitelist_requested_at whitelist_status_valid_until created_at updated_at deleted_at",
            "date",
        ),
    },
    "patients": {
        **_same("full_name", "name"),
        **_same(
            "date_of_birth created_at updated_at age_updated_at device_created_at "
            "device_updated_at deleted_at recorded_at",
            "date",
        ),
    },
    "patient_business_identifiers": {
        **_same("identifier", "mrn"),
        **_same("device_created_at device_updated_at deleted_at created_at updated_at", "date"),
    },
    "patient_phone_numbers": {
        **_same("number", "phone"),
        **_same("created_at updated_at device_created_at device_updated_at deleted_at", "date"),
    },
    "notifications": {
        **_same("remind_on deleted_at created_at updated_at", "date"),
    },
    "observations": {
        **_same("created_at updated_at deleted_at", "date"),
    },
    "passport_authentications": {
        **_same("otp_expires_at created_at updated_at", "date"),
    },
    "prescription_drugs": {
        **_same("device_created_at device_updated_at created_at updated_at deleted_at", "date"),
    },
    "teleconsultations": {
        **_same(
            "requested_at recorded_at deleted_at device_updated_at device_created_at created_at "
            "updated_at",
            "date",
        ),
    },
    "treatment_group_memberships": {
        **_same(
            "created_at updated_at experiment_inclusion_date expected_return_date "
            "appointment_creation_time visited_at status_updated_at deleted_at",
            "date",
        ),
        **_same("messages", "other_id"),
    },
    "twilio_sms_delivery_details": {
        **_same("callee_phone_number", "phone"),
        **_same("delivered_on created_at updated_at deleted_at read_at", "date"),
    },
}


PHI["hemodialysispro"] = {
    "Admissions": {
        **_same("Created Updated Admit Discharged", "date"),
        **_same("AN", "other_id"),
        **_same("PatientId", "mrn"),
        **_same("ChiefComplaint Diagnosis", "free_text"),
    },
    "AvShuntIssueTreatments": {
        **_same("Created Updated AbnormalDatetime", "date"),
        **_same("PatientId", "mrn"),
        **_same("Complications TreatmentMethod TreatmentResult", "free_text"),
    },
    "AvShunts": {
        **_same("Created Updated EstablishedDate EndDate", "date"),
        **_same("PatientId", "mrn"),
        **_same("Note", "free_text"),
    },
    "DialysisPrescriptions": {
        **_same("Created Updated", "date"),
        **_same("PatientId", "mrn"),
        **_same("Note", "free_text"),
    },
    "DialysisRecords": {
        **_same("Created Updated Timestamp", "date"),
        **_same("Note", "free_text"),
    },
    "DoctorRecords": {
        **_same("Created Updated Timestamp", "date"),
        **_same("Content", "free_text"),
    },
    "NurseRecords": {
        **_same("Created Updated Timestamp", "date"),
        **_same("Content", "free_text"),
    },
    "PatientHistories": {
        **_same("Created Updated", "date"),
        **_same("PatientId", "mrn"),
    },
    "Patients": {
        **_same("Id HospitalNumber", "mrn"),
        **_same(
            "Created Updated BirthDate DialysisInfo_FirstTime DialysisInfo_FirstTimeAtHere "
            "DialysisInfo_EndDateAtHere DialysisInfo_KidneyTransplant DialysisInfo_TimeOfDeath",
            "date",
        ),
        **_same("IdentityNo", "ssn"),
        **_same("Name EmergencyContact_Name", "name"),
        **_same("Telephone EmergencyContact_PhoneNumber", "phone"),
        **_same("Address", "address"),
        **_same("Note", "free_text"),
        **_same("Barcode RFID", "other_id"),
    },
    "HemodialysisRecords": {
        **_same(
            "Created Updated CompletedTime CycleStartTime CycleEndTime Dehydration_CheckInTime",
            "date",
        ),
        **_same("PatientId", "mrn"),
        **_same("Dehydration_Reason", "free_text"),
    },
    "LabExams": {
        **_same("Created Updated EntryTime", "date"),
        **_same("PatientId", "mrn"),
        **_same("Note", "free_text"),
    },
    "Tags": {
        **_same("Created Updated", "date"),
        **_same("PatientId", "mrn"),
        **_same("Text", "free_text"),
    },
    "DialysisRecordAssessmentItems": {
        **_same("Created Updated", "date"),
    },
    "AssessmentItems": {
        **_same("Created Updated", "date"),
    },
    "HemodialysisRecords_PostVitalsign": {
        **_same("Timestamp", "date"),
    },
    "HemodialysisRecords_PreVitalsign": {
        **_same("Timestamp", "date"),
    },
    "HemoNotes": {
        **_same("Created Updated", "date"),
        **_same("Complication", "free_text"),
    },
    "ProgressNotes": {
        **_same("Created Updated", "date"),
        **_same("Focus A I E", "free_text"),
    },
    "MedicineHistories": {
        **_same("Created Updated EntryTime", "date"),
        **_same("PatientId", "mrn"),
    },
    "MedicinePrescriptions": {
        **_same("Created Updated AdministerDate", "date"),
        **_same("PatientId", "mrn"),
        **_same("Note", "free_text"),
    },
    "PatientMedicine": {
        **_same("PatientId", "mrn"),
    },
    "Schedules": {
        **_same("Created Updated Date OriginalDate", "date"),
        **_same("PatientId", "mrn"),
    },
    "SectionSlotPatients": {
        **_same("Created Updated", "date"),
        **_same("PatientId", "mrn"),
    },
    "ExecutionRecords": {
        **_same("Created Updated Timestamp", "date"),
    },
}


PHI["cmportal"] = {
    "django_admin_log": {
        **_same("object_repr", "other_id"),
    },
    "cm_portal_medicalabstract": {
        **_same(
            "reason_for_confinement history_of_present_illness course_in_the_ward",
            "free_text",
        ),
    },
    "cm_portal_medication": {
        **_same("created last_modified date_started due", "date"),
    },
    "cm_portal_relative": {
        **_same("first_name middle_name last_name", "name"),
        **_same("address", "address"),
        **_same("email", "email"),
        **_same(
            "mobile_number_1 mobile_number_2 mobile_number_3 phone_number_1 phone_number_2 "
            "phone_number_3",
            "phone",
        ),
    },
    "cm_portal_resident": {
        **_same("first_name middle_name last_name", "name"),
        **_same("osca_id", "other_id"),
        **_same("address birth_place", "address"),
        **_same("birth_date admission_date admission_time died_on discharged_on", "date"),
        **_same("reminders admitting_diagnosis diet", "free_text"),
        **_same("philhealth", "health_plan"),
    },
    "cm_portal_residentweight": {
        **_same("date", "date"),
    },
    "cm_portal_charge": {
        **_same("date_acquired", "date"),
    },
}


PHI["candig"] = {
    "biosample": {
        **_same("id individualId name", "other_id"),
        **_same("created updated sample_shipment_date", "date"),
        **_same("description", "free_text"),
    },
    "experiment": {
        **_same(
            "created updated runTime wgs_sequencing_completion_date "
            "rna_sequencing_completion_date panel_completion_date",
            "date",
        ),
        **_same("biosampleId", "other_id"),
    },
    "variantset": {
        **_same("created updated", "date"),
        **_same("patientId", "mrn"),
        **_same("sampleId", "other_id"),
    },
    "callset": {
        **_same("id biosampleId name", "other_id"),
    },
    "patient": {
        **_same("id", "other_id"),
        **_same("created updated dateOfBirth dateOfDeath dateOfPriorMalignancy", "date"),
        **_same("name patientId otherIds", "mrn"),
        **_same(
            "description familyHistoryAndRiskFactors detailsOfPredispositionSyndrome",
            "free_text",
        ),
    },
    "enrollment": {
        **_same("id name otherPersonalizedMedicineStudyId", "other_id"),
        **_same("created updated enrollmentApprovalDate", "date"),
        **_same("description summaryOfIdRequest", "free_text"),
        **_same("patientId", "mrn"),
    },
    "consent": {
        **_same("id name", "other_id"),
        **_same(
            "created updated consentDate dateOfAssent reconsentDate dateOfConsentWithdrawal",
            "date",
        ),
        **_same("description", "free_text"),
        **_same("patientId", "mrn"),
    },
    "diagnosis": {
        **_same("id name", "other_id"),
        **_same("created updated diagnosisDate", "date"),
        **_same("description", "free_text"),
        **_same("patientId", "mrn"),
    },
    "sample": {
        **_same("id name sampleId localBiobankId pathologyReportId", "other_id"),
        **_same("created updated collectionDate shippingDate receivedDate recordingDate", "date"),
        **_same("description ifNotExplainAnyDeviation", "free_text"),
        **_same("patientId", "mrn"),
    },
    "treatment": {
        **_same("id name", "other_id"),
        **_same(
            "created updated startDate stopDate dateOfRecurrenceOrProgressionAfterThisTreatment",
            "date",
        ),
        **_same("description unexpectedOrUnusualToxicityDuringTreatment", "free_text"),
        **_same("patientId", "mrn"),
    },
    "outcome": {
        **_same("id name", "other_id"),
        **_same(
            "created updated dateOfAssessment dateOfDiagnosisOfTreatmentInducedNeoplasm",
            "date",
        ),
        **_same("description", "free_text"),
        **_same("patientId", "mrn"),
    },
    "complication": {
        **_same("id name", "other_id"),
        **_same("created updated date", "date"),
        **_same("description lateToxicityDetail treatmentInducedNeoplasmDetails", "free_text"),
        **_same("patientId", "mrn"),
    },
    "tumourboard": {
        **_same("id name germlineDnaSampleId tumorDnaSampleId tumorRnaSampleId", "other_id"),
        **_same("created updated dateOfMolecularTumorBoard", "date"),
        **_same(
            "description molecularTumorBoardRecommendation "
            "howTreatmentHasAlteredBasedOnProfiling detailsOfTreatmentPlanImpact summaryReport",
            "free_text",
        ),
        **_same("patientId", "mrn"),
    },
    "extraction": {
        **_same("id name sampleId", "other_id"),
        **_same("created updated", "date"),
    },
    "sequencing": {
        **_same("id name sampleId", "other_id"),
        **_same("created updated", "date"),
    },
    "alignment": {
        **_same("id name sampleId", "other_id"),
        **_same("created updated", "date"),
    },
    "variantcalling": {
        **_same("id name sampleId", "other_id"),
        **_same("created updated", "date"),
    },
    "fusiondetection": {
        **_same("id name sampleId", "other_id"),
        **_same("created updated", "date"),
    },
    "expressionanalysis": {
        **_same("id name sampleId", "other_id"),
        **_same("created updated", "date"),
    },
    "chemotherapy": {
        **_same("id name", "other_id"),
        **_same("created updated startDate stopDate recordingDate", "date"),
        **_same("description", "free_text"),
        **_same("patientId", "mrn"),
    },
    "radiotherapy": {
        **_same("id name", "other_id"),
        **_same("created updated startDate stopDate recordingDate", "date"),
        **_same("description", "free_text"),
        **_same("patientId", "mrn"),
    },
    "surgery": {
        **_same("id name sampleId", "other_id"),
        **_same("created updated startDate stopDate diagnosisDate recordingDate", "date"),
        **_same("description", "free_text"),
        **_same("patientId", "mrn"),
    },
    "immunotherapy": {
        **_same("id name", "other_id"),
        **_same("created updated startDate", "date"),
        **_same("description", "free_text"),
        **_same("patientId", "mrn"),
    },
    "celltransplant": {
        **_same("id name", "other_id"),
        **_same("created updated startDate", "date"),
        **_same("description", "free_text"),
        **_same("patientId", "mrn"),
    },
    "slide": {
        **_same("id name sampleId slideId slideOtherId", "other_id"),
        **_same("created updated", "date"),
        **_same("description", "free_text"),
        **_same("patientId", "mrn"),
    },
    "study": {
        **_same("id name", "other_id"),
        **_same("created updated startDate endDate recordingDate", "date"),
        **_same("description", "free_text"),
        **_same("patientId", "mrn"),
    },
    "labtest": {
        **_same("id name", "other_id"),
        **_same("created updated startDate collectionDate endDate recordingDate", "date"),
        **_same("description", "free_text"),
        **_same("patientId", "mrn"),
    },
    "individual": {
        **_same("id", "other_id"),
        **_same(
            "created updated enrollment_approval_date date_of_upload_to_sFTP "
            "tumor_board_presentation_date_and_analyses",
            "date",
        ),
        **_same("description comments", "free_text"),
        **_same("name patient_id", "mrn"),
    },
    "readgroupset": {
        **_same("patientId", "mrn"),
        **_same("sampleId", "other_id"),
    },
    "readgroup": {
        **_same("biosampleId sampleName", "other_id"),
        **_same("created updated", "date"),
    },
}


PHI["healthmemex"] = {
    "patients": {
        **_same("name", "name"),
        **_same("date_of_birth archived_at", "date"),
        **_same("mrn", "mrn"),
        **_same("address", "address"),
        **_same("phone", "phone"),
        **_same("unique_id", "other_id"),
    },
    "documents": {
        **_same("encounter_date archived_at", "date"),
    },
    "encounters": {
        **_same("encounter_date encounter_end archived_at", "date"),
        **_same("reason", "free_text"),
    },
    "lab_results": {
        **_same("result_date archived_at", "date"),
    },
    "vitals": {
        **_same("recorded_date archived_at", "date"),
    },
    "medications": {
        **_same("sig", "free_text"),
        **_same("start_date stop_date archived_at", "date"),
    },
    "conditions": {
        **_same("onset_date resolved_date archived_at", "date"),
    },
    "procedures": {
        **_same("procedure_date metadata archived_at", "date"),
        **_same("operative_note", "free_text"),
    },
    "pathology_reports": {
        **_same("report_date archived_at", "date"),
        **_same("diagnosis gross_description microscopic_description full_text", "free_text"),
    },
    "imaging_reports": {
        **_same("study_date archived_at", "date"),
        **_same("findings impression full_text", "free_text"),
    },
    "clinical_notes": {
        **_same("note_date archived_at", "date"),
        **_same("content", "free_text"),
    },
    "immunizations": {
        **_same("admin_date archived_at", "date"),
    },
    "allergies": {
        **_same("onset_date archived_at", "date"),
    },
    "social_history": {
        **_same("recorded_date archived_at", "date"),
    },
    "family_history": {
        **_same("archived_at", "date"),
    },
    "mental_status": {
        **_same("recorded_date archived_at", "date"),
    },
    "genetic_variants": {
        **_same("collection_date result_date archived_at", "date"),
    },
    "notes": {
        **_same("content", "free_text"),
        **_same("created_at updated_at archived_at", "date"),
    },
    "source_assets": {
        **_same("file_path encounter_id", "other_id"),
        **_same("encounter_date metadata archived_at", "date"),
    },
    "analyses": {
        **_same("summary content", "free_text"),
        **_same("created_at updated_at archived_at", "date"),
    },
}


PHI["mavis"] = {
    "active_record_sessions": {
        **_same("data", "other_id"),
    },
    "archive_reasons": {
        **_same("created_at updated_at", "date"),
    },
    "attendance_records": {
        **_same("created_at date updated_at", "date"),
    },
    "audits": {
        **_same("audited_changes", "other_id"),
    },
    "class_imports": {
        **_same("csv_data", "other_id"),
    },
    "clinic_notifications": {
        **_same("created_at sent_at updated_at", "date"),
    },
    "cohort_imports": {
        **_same("csv_data", "other_id"),
    },
    "consent_form_programmes": {
        **_same("notes", "free_text"),
    },
    "consent_forms": {
        **_same("address_line_1 address_line_2 address_postcode address_town", "address"),
        **_same(
            "archived_at confirmation_sent_at created_at date_of_birth recorded_at updated_at",
            "date",
        ),
        **_same(
            "family_name given_name parent_full_name preferred_family_name preferred_given_name",
            "name",
        ),
        **_same("health_answers notes parent_contact_method_other_details", "free_text"),
        **_same("nhs_number", "health_plan"),
        **_same("parent_email", "email"),
        **_same("parent_phone", "phone"),
    },
    "consent_notifications": {
        **_same("sent_at", "date"),
    },
    "consents": {
        **_same(
            "created_at invalidated_at "
            "patient_already_vaccinated_notification_sent_at submitted_at "
            "updated_at withdrawn_at",
            "date",
        ),
        **_same("health_answers notes", "free_text"),
    },
    "gillick_assessments": {
        **_same("created_at date updated_at", "date"),
        **_same("notes", "free_text"),
    },
    "identity_checks": {
        **_same("confirmed_by_other_name", "name"),
        **_same("created_at updated_at", "date"),
    },
    "immunisation_imports": {
        **_same("csv_data", "other_id"),
    },
    "important_notices": {
        **_same("created_at dismissed_at recorded_at updated_at", "date"),
    },
    "notes": {
        **_same("body", "free_text"),
        **_same("created_at updated_at", "date"),
    },
    "notify_log_entries": {
        **_same("created_at", "date"),
        **_same("recipient", "email"),
    },
    "parent_relationships": {
        **_same("created_at updated_at", "date"),
    },
    "parents": {
        **_same("contact_method_other_details", "free_text"),
        **_same("created_at updated_at", "date"),
        **_same("email", "email"),
        **_same("full_name", "name"),
        **_same("phone", "phone"),
    },
    "patient_changesets": {
        **_same("data", "other_id"),
        **_same("pds_nhs_number uploaded_nhs_number", "health_plan"),
    },
    "patient_locations": {
        **_same("created_at updated_at", "date"),
    },
    "patient_programme_statuses": {
        **_same("date", "date"),
    },
    "patient_specific_directions": {
        **_same("created_at invalidated_at updated_at", "date"),
    },
    "patients": {
        **_same("address_line_1 address_line_2 address_postcode address_town", "address"),
        **_same(
            "created_at date_of_birth date_of_death "
            "date_of_death_recorded_at invalidated_at restricted_at "
            "updated_at updated_from_pds_at",
            "date",
        ),
        **_same(
            "family_name given_name preferred_family_name preferred_given_name",
            "name",
        ),
        **_same("nhs_number", "health_plan"),
        **_same("pending_changes", "other_id"),
    },
    "pds_search_results": {
        **_same("nhs_number", "health_plan"),
    },
    "pre_screenings": {
        **_same("created_at date updated_at", "date"),
        **_same("notes", "free_text"),
    },
    "school_move_log_entries": {
        **_same("created_at", "date"),
    },
    "school_moves": {
        **_same("created_at updated_at", "date"),
    },
    "session_notifications": {
        **_same("sent_at session_date", "date"),
    },
    "triages": {
        **_same("created_at delay_vaccination_until invalidated_at updated_at", "date"),
        **_same("notes", "free_text"),
    },
    "vaccination_records": {
        **_same(
            "confirmation_sent_at created_at discarded_at "
            "nhs_immunisations_api_sync_pending_at "
            "nhs_immunisations_api_synced_at performed_at "
            "performed_at_date performed_at_time updated_at",
            "date",
        ),
        **_same("local_patient_id", "mrn"),
        **_same("notes", "free_text"),
        **_same("pending_changes", "other_id"),
    },
}

PHI["clif"] = {
    "adt": {
        **_same("in_dttm out_dttm", "date"),
    },
    "code_status": {
        **_same("start_dttm", "date"),
    },
    "crrt_therapy": {
        **_same("recorded_dttm", "date"),
    },
    "intermittent_dialysis": {
        **_same("recorded_dttm", "date"),
    },
    "mcs": {
        **_same("recorded_dttm", "date"),
    },
    "hospitalization": {
        **_same("admission_dttm discharge_dttm", "date"),
        **_same(
            "zipcode_nine_digit zipcode_five_digit census_block_code "
            "census_block_group_code census_tract county_code",
            "address",
        ),
    },
    "labs": {
        **_same("lab_order_dttm lab_collect_dttm lab_result_dttm", "date"),
    },
    "medication_admin_continuous": {
        **_same("admin_dttm", "date"),
    },
    "microbiology_culture": {
        **_same("order_dttm collect_dttm result_dttm", "date"),
    },
    "microbiology_nonculture": {
        **_same("result_dttm collect_dttm order_dttm", "date"),
    },
    "patient_assessments": {
        **_same("recorded_dttm", "date"),
        **_same("text_value", "free_text"),
    },
    "patient": {
        **_same("birth_date death_dttm", "date"),
    },
    "position": {
        **_same("recorded_dttm", "date"),
    },
    "respiratory_support": {
        **_same("recorded_dttm", "date"),
    },
    "vitals": {
        **_same("recorded_dttm measured_dttm", "date"),
    },
    "input": {
        **_same("recorded_dttm", "date"),
    },
    "output": {
        **_same("recorded_dttm", "date"),
    },
    "invasive_hemodynamics": {
        **_same("recorded_dttm", "date"),
    },
    "key_icu_orders": {
        **_same("order_dttm", "date"),
    },
    "medication_admin_intermittent": {
        **_same("admin_dttm", "date"),
    },
    "medication_orders": {
        **_same("order_start_dttm order_end_dttm ordered_dttm", "date"),
    },
    "patient_diagnosis": {
        **_same("start_dttm end_dttm", "date"),
    },
    "patient_procedures": {
        **_same("procedure_billed_dttm", "date"),
    },
    "provider": {
        **_same("start_dttm stop_dttm", "date"),
    },
    "therapy_details": {
        **_same("session_start_dttm", "date"),
    },
    "transfusion": {
        **_same("transfusion_start_dttm transfusion_end_dttm", "date"),
    },
    "clinical_trial": {
        **_same("participant_id", "other_id"),
        **_same("consent_dttm enrollment_dttm randomized_dttm withdrawal_dttm", "date"),
    },
    "clinical_notes_facts": {
        **_same("creation_dttm revision_dttm service_date", "date"),
    },
    "clinical_notes_text": {
        **_same("note_text", "free_text"),
    },
    "validated_diagnosis": {
        **_same("diagnosis_name", "free_text"),
        **_same("diagnosis_start_dttm diagnosis_end_dttm", "date"),
    },
    "scores": {
        **_same("recorded_dttm", "date"),
    },
    "radiology": {
        **_same("radiology_accession", "other_id"),
        **_same(
            "radiology_order_dttm radiology_capture_dttm radiology_report_dttm",
            "date",
        ),
        **_same("radiology_report_text", "free_text"),
    },
    "line": {
        **_same("placed_dttm removed_dttm", "date"),
    },
    "drain": {
        **_same("placed_dttm removed_dttm", "date"),
    },
    "airway": {
        **_same("placed_dttm removed_dttm", "date"),
    },
    "patient_attributes": {
        **_same("recorded_dttm", "date"),
    },
    "ed_encounter": {
        **_same(
            "ed_arrival_dttm ed_departure_dttm triage_dttm ed_disposition_dttm",
            "date",
        ),
        **_same("chief_complaint_name", "free_text"),
    },
}

PHI["easygp"] = {
    "contacts.data_addresses": {
        **_same("street1 geolocation street2", "address"),
    },
    "contacts.data_persons": {
        **_same("firstname surname salutation", "name"),
        **_same("birthdate date_deceased", "date"),
        **_same("memo", "free_text"),
    },
    "blobs.images": {
        **_same("image", "photo"),
    },
    "blobs.blobs": {
        **_same("blob", "other_id"),
    },
    "clin_consult.consult": {
        **_same("consult_date", "date"),
        **_same("summary", "free_text"),
    },
    "chronic_disease_management.diabetes_annual_cycle_of_care": {
        **_same(
            "date_completed hba1c_date hba1c_date_due eyes_date "
            "eyes_date_due bp_date bp_date_due bmi_date bmi_date_due "
            "feet_date feet_date_due lipids_date lipids_date_due "
            "microalbumin_date microalbumin_date_due education_date "
            "education_date_due diet_date diet_date_due exercise_date "
            "exercise_date_due smoking_date smoking_date_due "
            "medication_review_date medication_review_date_due "
            "renalfunction_date renalfunction_date_due",
            "date",
        ),
        **_same(
            "hba1c_details eyes_details bp_details bmi_details "
            "feet_details lipids_details microalbumin_details "
            "education_details diet_details exercise_details "
            "smoking_details medication_review_details "
            "renalfunction_details",
            "free_text",
        ),
        **_same("latex", "other_id"),
    },
    "clin_consult.progressnotes": {
        **_same("notes", "free_text"),
    },
    "clerical.bookings": {
        **_same("begin booked_at", "date"),
        **_same("notes", "free_text"),
    },
    "clerical.data_patients": {
        **_same(
            "medicare_number medicare_ref_number veteran_number concession_number",
            "health_plan",
        ),
        **_same("medicare_expiry_date concession_expiry_date", "date"),
        **_same("veteran_specific_condition memo", "free_text"),
        **_same("file_paper_number pk_legacy", "mrn"),
    },
    "clerical.invoices": {
        **_same("when_printed raised", "date"),
        **_same("notes", "free_text"),
    },
    "clerical.payments_received": {
        **_same("when", "date"),
    },
    "clerical.task_component_notes": {
        **_same("note", "free_text"),
        **_same("date", "date"),
    },
    "clerical.task_components": {
        **_same("details", "free_text"),
        **_same("date_completed", "date"),
    },
    "clerical.tasks": {
        **_same("task", "free_text"),
        **_same("date_finalised", "date"),
    },
    "clin_allergies.allergies": {
        **_same("date_reaction", "date"),
    },
    "clin_careplans.careplan_pages": {
        **_same("summary", "other_id"),
    },
    "clin_careplans.component_task_due": {
        **_same("due", "date"),
    },
    "clin_certificates.medical_certificates": {
        **_same("reason notes", "free_text"),
        **_same("from_date to_date certificate_date", "date"),
        **_same("latex", "other_id"),
    },
    "clin_checkups.annual_checkup": {
        "patient_concerns": "free_text",
        "system _review": "free_text",
        "clinical_notes": "free_text",
        "summary": "free_text",
        **_same("consultation_html", "other_id"),
    },
    "clin_checkups.over75": {
        **_same(
            "system_review_comments mobility_actions_suggested home_safety_actions_suggested",
            "free_text",
        ),
    },
    "clin_consult.images": {
        **_same("image", "other_id"),
    },
    "clin_consult.scratchpad": {
        **_same("note", "free_text"),
    },
    "clin_history.care_plan_components": {
        **_same("due", "date"),
    },
    "clin_history.care_plan_components_due": {
        **_same("due", "date"),
    },
    "clin_history.data_recreational_drugs": {
        **_same("notes", "free_text"),
    },
    "clin_history.family_conditions": {
        **_same("notes", "free_text"),
    },
    "clin_history.family_members": {
        **_same("name", "name"),
        **_same("birthdate", "date"),
    },
    "clin_history.hospitalisations": {
        **_same("admission_date discharge_date", "date"),
        **_same("diagnosis", "free_text"),
    },
    "clin_history.occupational_history": {
        **_same("notes_occupation", "free_text"),
    },
    "clin_history.occupations_exposures": {
        **_same("notes_exposure", "free_text"),
    },
    "clin_history.past_history": {
        **_same("management_summary condition_summary aim_of_plan", "free_text"),
    },
    "clin_history.social_history": {
        **_same("history responsible_person_notes", "free_text"),
        **_same("responsible_person", "name"),
        **_same(
            "responsible_person_street1 responsible_person_street2 "
            "responsible_person_town responsible_person_postcode",
            "address",
        ),
        **_same("responsible_person_contacts", "phone"),
    },
    "clin_recalls.recalls": {
        **_same("due", "date"),
        **_same("additional_text", "free_text"),
    },
    "clin_recalls.sent": {
        **_same("date", "date"),
        **_same("latex", "other_id"),
        **_same("contact_value", "phone"),
        **_same("memo", "free_text"),
    },
    "clin_measurements.measurements": {
        **_same("time_noted", "date"),
        **_same("comment", "free_text"),
    },
    "clin_mentalhealth.mentalhealth_plan": {
        **_same(
            "diagnosis presenting_problems bio_psycho_social "
            "mental_state_examination risk_harm_comments goals "
            "treatment_referrrals patient_action relapse_plan",
            "free_text",
        ),
        **_same("review_date", "date"),
        **_same("html", "other_id"),
    },
    "clin_prescribing.medications": {
        **_same("start_date last_date", "date"),
    },
    "clin_prescribing.prescribed": {
        **_same("date_on_script", "date"),
        **_same(
            "authority_script_number authority_approval_number script_number latex",
            "other_id",
        ),
        **_same("concession_details", "health_plan"),
    },
    "clin_procedures.skin_procedures": {
        **_same("date", "date"),
        **_same("lesion_notes dermoscopy_notes complications", "free_text"),
    },
    "clin_requests.forms": {
        **_same("date", "date"),
        **_same("notes_summary", "free_text"),
        **_same("latex", "other_id"),
    },
    "clin_referrals.referrals": {
        **_same("date_referral", "date"),
        **_same("letter_html", "other_id"),
        **_same("body_html", "free_text"),
    },
    "documents.documents": {
        **_same("imported_time date_requested date_created", "date"),
        **_same(
            "originator_reference provider_of_service_reference internal_reference html",
            "other_id",
        ),
        **_same("comment_on_document", "free_text"),
    },
    "clin_requests.forms_requests": {
        **_same("request_result_html", "other_id"),
    },
    "contacts.images": {
        **_same("image", "photo"),
    },
    "documents.unmatched_patients": {
        **_same("surname firstname", "name"),
        **_same("birthdate", "date"),
        **_same("comment", "free_text"),
        **_same("street town postcode", "address"),
    },
    "clin_vaccination.vaccinations": {
        **_same("date_given", "date"),
        **_same("notes", "free_text"),
    },
    "clin_workcover.claims": {
        **_same("claim_number", "other_id"),
        **_same("mechanism_of_injury memo identifier", "free_text"),
        **_same("date_injury", "date"),
        **_same("contact_person", "name"),
    },
    "clin_workcover.visits": {
        **_same("diagnosis management_plan restrictions capabilities", "free_text"),
        **_same(
            "review_date fitness_preinjury_from fitness_suitable_from "
            "fitness_suitable_to fitness_unfit_from fitness_unfit_to "
            "fitness_perm_mod_duties_from certificate_date",
            "date",
        ),
        **_same("latex", "other_id"),
    },
    "contacts.data_communications": {
        **_same("value", "phone"),
        **_same("note", "free_text"),
    },
    "documents.observations": {
        **_same("value", "free_text"),
        **_same("date_last_normal observation_date", "date"),
    },
    "documents.signed_off": {
        **_same("date", "date"),
        **_same("comment", "free_text"),
    },
}

PHI["afyapro"] = {
    "billaccounts": {
        **_same("SYSDATE transdate", "date"),
        **_same("CODE", "account"),
        **_same("description", "mrn"),
    },
    "billaccountslog": {
        **_same("SYSDATE transdate", "date"),
        **_same("reference accountcode", "account"),
        **_same("accountdescription", "mrn"),
    },
    "billaccounttransactions": {
        **_same("SYSDATE transdate monthpart", "date"),
        **_same("transactionid accountcode", "account"),
        **_same("accountdescription", "mrn"),
    },
    "billaccountusers": {
        **_same("accountcode", "account"),
        **_same("membercode", "mrn"),
    },
    "billcollections": {
        **_same("SYSDATE transdate refundsysdate refundtransdate monthpart", "date"),
        **_same("receiptno", "account"),
        **_same("patientcode", "mrn"),
        **_same("holder", "name"),
    },
    "billdebtors": {
        **_same("SYSDATE transdate", "date"),
        **_same("accountcode", "mrn"),
        **_same("accountdescription", "name"),
    },
    "billdebtorslog": {
        **_same("transdate SYSDATE monthpart", "date"),
        **_same("reference", "account"),
        **_same("accountcode", "mrn"),
        **_same("accountdescription", "name"),
    },
    "billdebtreliefrequestinvoices": {
        **_same("requestno booking", "other_id"),
        **_same("transdate", "date"),
        **_same("invoiceno", "account"),
    },
    "billdebtreliefrequests": {
        **_same("SYSDATE transdate approveddate", "date"),
        **_same("requestno", "other_id"),
        **_same("accountcode", "mrn"),
        **_same("accountdescription", "name"),
    },
    "billincomingitems": {
        **_same("SYSDATE transdate deleteddate", "date"),
        **_same("patientcode", "mrn"),
    },
    "billinvoiceitems": {
        **_same("transdate SYSDATE monthpart", "date"),
        **_same("invoiceno reference voidno", "account"),
        **_same("patientcode", "mrn"),
        **_same("billinggroupmembershipno", "health_plan"),
    },
    "billinvoicepaymentdetails": {
        **_same("transdate SYSDATE monthpart", "date"),
        **_same("receiptno invoiceno", "account"),
        **_same("patientcode", "mrn"),
        **_same("billinggroupmembershipno", "health_plan"),
    },
    "billinvoicepayments": {
        **_same("transdate SYSDATE voidsysdate voidtransdate monthpart", "date"),
        **_same("receiptno voidno", "account"),
        **_same("patientcode", "mrn"),
    },
    "billinvoices": {
        **_same("SYSDATE transdate voidsysdate voidtransdate monthpart", "date"),
        **_same("invoiceno voidno", "account"),
        **_same("patientcode", "mrn"),
        **_same("billinggroupmembershipno", "health_plan"),
        **_same("booking", "other_id"),
    },
    "billinvoiceslog": {
        **_same("SYSDATE transdate monthpart", "date"),
        **_same("invoiceno reference", "account"),
        **_same("patientcode", "mrn"),
        **_same("billinggroupmembershipno", "health_plan"),
    },
    "billreceiptitems": {
        **_same("transdate SYSDATE monthpart", "date"),
        **_same("receiptno reference voidno", "account"),
        **_same("patientcode", "mrn"),
        **_same("billinggroupmembershipno", "health_plan"),
    },
    "billreceipts": {
        **_same("transdate SYSDATE voidsysdate voidtransdate monthpart", "date"),
        **_same("receiptno voidno", "account"),
        **_same("patientcode", "mrn"),
        **_same("billinggroupmembershipno", "health_plan"),
    },
    "billrefunds": {
        **_same("SYSDATE transdate monthpart refundsysdate refundtransdate", "date"),
        **_same("receiptno", "account"),
        **_same("patientcode", "mrn"),
        **_same("holder", "name"),
    },
    "billsales": {
        **_same("transdate SYSDATE voidsysdate voidtransdate monthpart", "date"),
        **_same("receiptno invoiceno voidno", "account"),
        **_same("patientcode", "mrn"),
        **_same("billinggroupmembershipno", "health_plan"),
    },
    "billsalesitems": {
        **_same("transdate SYSDATE monthpart", "date"),
        **_same("receiptno invoiceno reference voidno", "account"),
        **_same("patientcode", "mrn"),
        **_same("billinggroupmembershipno", "health_plan"),
    },
    "billvoidedsales": {
        **_same("SYSDATE transdate voidsysdate voidtransdate monthpart", "date"),
        **_same("invoiceno voidno receiptno", "account"),
        **_same("patientcode", "mrn"),
        **_same("billinggroupmembershipno", "health_plan"),
        **_same("booking", "other_id"),
    },
    "billvoidedsalesitems": {
        **_same("transdate SYSDATE monthpart", "date"),
        **_same("invoiceno reference voidno receiptno", "account"),
        **_same("patientcode", "mrn"),
        **_same("billinggroupmembershipno", "health_plan"),
    },
    "dxtpatientdiagnosesfollowup": {
        **_same("SYSDATE transdate monthpart", "date"),
        **_same("booking episodecode referalno", "other_id"),
        **_same("patientcode", "mrn"),
        **_same("reasonforencounter treatments", "free_text"),
    },
    "dxtpatientdiagnoseslog": {
        **_same(
            "SYSDATE transdate firstencounterdate lastencounterdate monthpart",
            "date",
        ),
        **_same("booking episodecode referalno", "other_id"),
        **_same("patientcode", "mrn"),
        **_same(
            "reasonforencounter history examination investigation treatments",
            "free_text",
        ),
    },
    "dxtpatientprescriptions": {
        **_same("SYSDATE transdate", "date"),
        **_same("booking incidencekey", "other_id"),
        **_same("patientcode", "mrn"),
    },
    "dxtpatientreferals": {
        **_same("SYSDATE transdate", "date"),
        **_same("referalno incidencekey", "other_id"),
        **_same("patientcode", "mrn"),
    },
    "facilitybookinglog": {
        **_same("booking", "other_id"),
        **_same("patientcode", "mrn"),
        **_same("bookdate ipdstart ipdstop monthpart SYSDATE", "date"),
        **_same("billinggroupmembershipno", "health_plan"),
    },
    "facilitybookings": {
        **_same("autocode", "other_id"),
        **_same("SYSDATE bookdate ipdstart ipdstop monthpart", "date"),
        **_same("patientcode", "mrn"),
        **_same("billinggroupmembershipno", "health_plan"),
    },
    "facilitycorporatemembers": {
        **_same("regdate termdate expirydate birthdate", "date"),
        **_same("CODE", "other_id"),
        **_same("surname firstname othernames", "name"),
        **_same("billinggroupmembershipno", "health_plan"),
        **_same("memberpicture", "photo"),
        **_same("patientcode", "mrn"),
    },
    "ipdadmissionslog": {
        **_same("SYSDATE transdate monthpart", "date"),
        **_same("patientcode", "mrn"),
        **_same("booking", "other_id"),
        **_same("patientcondition", "free_text"),
    },
    "ipddischargeslog": {
        **_same("SYSDATE transdate monthpart", "date"),
        **_same("patientcode", "mrn"),
        **_same("booking", "other_id"),
        **_same("patientcondition dischargeremarks", "free_text"),
    },
    "ipdtransferslog": {
        **_same("SYSDATE transferdate monthpart", "date"),
        **_same("booking", "other_id"),
        **_same("patientcode", "mrn"),
        **_same("patientcondition", "free_text"),
    },
    "labpatienttests": {
        **_same("SYSDATE transdate", "date"),
        **_same("booking", "other_id"),
        **_same("patientcode", "mrn"),
        **_same("remarks", "free_text"),
    },
    "labpatientprescriptions": {
        **_same("sysdate transdate", "date"),
        **_same("patientcode", "mrn"),
    },
    "patientfirstnames": {
        **_same("description", "name"),
    },
    "patientothernames": {
        **_same("description", "name"),
    },
    "patients": {
        **_same("code", "mrn"),
        **_same("chronic severe operations allergies", "free_text"),
        **_same("surname firstname othernames mothername", "name"),
        **_same("birthdate regdate", "date"),
    },
    "patientsqueue": {
        **_same("sysdate transdate", "date"),
        **_same("patientcode", "mrn"),
    },
    "patientsurnames": {
        **_same("description", "name"),
    },
    "rch_antenatalattendances": {
        **_same("clientcode", "mrn"),
        **_same("bookdate", "date"),
    },
    "rch_antenatalattendancelog": {
        **_same("booking", "other_id"),
        **_same("clientcode", "mrn"),
        **_same("bookdate monthpart sysdate", "date"),
    },
    "rch_childrenattendancelog": {
        **_same("booking", "other_id"),
        **_same("clientcode", "mrn"),
        **_same("bookdate monthpart sysdate", "date"),
    },
    "rch_childrenattendances": {
        **_same("clientcode", "mrn"),
        **_same("bookdate", "date"),
    },
    "rch_fplanattendances": {
        **_same("bookdate", "date"),
        **_same("clientcode", "mrn"),
        **_same("complains", "free_text"),
    },
    "rch_fplanattendancelog": {
        **_same("sysdate bookdate monthpart", "date"),
        **_same("booking", "other_id"),
        **_same("clientcode", "mrn"),
        **_same("complains", "free_text"),
    },
    "rch_fplanmethodslog": {
        **_same("booking", "other_id"),
        **_same("clientcode", "mrn"),
    },
    "rch_dangerindicatorslog": {
        **_same("booking", "other_id"),
        **_same("clientcode", "mrn"),
    },
    "rch_birthcomplicationslog": {
        **_same("booking", "other_id"),
        **_same("clientcode", "mrn"),
    },
    "rch_postnatalattendances": {
        **_same("clientcode", "mrn"),
        **_same("bookdate admissiondate", "date"),
    },
    "rch_postnatalattendancelog": {
        **_same("booking", "other_id"),
        **_same("clientcode", "mrn"),
        **_same("bookdate admissiondate monthpart SYSDATE", "date"),
    },
    "rch_postnatalchildren": {
        **_same("booking", "other_id"),
        **_same("clientcode", "mrn"),
        **_same("bookdate deliverydate monthpart SYSDATE", "date"),
        **_same("childproblems", "free_text"),
    },
    "rch_vaccinations": {
        **_same("sysdate bookdate", "date"),
        **_same("clientcode", "mrn"),
    },
    "rch_vaccinationslog": {
        **_same("sysdate bookdate monthpart", "date"),
        **_same(
            "booking fplanbooking antenatalbooking postnatalbooking childrenbooking",
            "other_id",
        ),
        **_same("clientcode", "mrn"),
    },
    "rch_vaccineslog": {
        **_same("booking", "other_id"),
        **_same("clientcode", "mrn"),
        **_same("remarks", "free_text"),
    },
    "revisitingnumbers": {
        **_same("patientcode", "mrn"),
    },
    "ctc_patients": {
        **_same("patientcode ctcno", "mrn"),
        **_same("hivno", "other_id"),
        **_same("enrolledincaredate medeligibledate eligibleandreadydate", "date"),
        **_same("supportersurname supporterfirstname supporterothernames", "name"),
        **_same("supporteraddress", "address"),
        **_same("supportertelephone", "phone"),
    },
    "ctc_bookings": {
        **_same("autocode", "other_id"),
        **_same("sysdate bookdate", "date"),
        **_same("patientcode", "mrn"),
    },
    "ctc_bookinglog": {
        **_same("sysdate bookdate", "date"),
        **_same("patientcode", "mrn"),
        **_same("booking", "other_id"),
    },
    "ctc_appointments": {
        **_same("sysdate transdate apptdate attdate", "date"),
        **_same("patientcode", "mrn"),
        **_same("booking", "other_id"),
    },
    "ctc_triage": {
        **_same("sysdate transdate", "date"),
        **_same("patientcode", "mrn"),
        **_same("booking", "other_id"),
    },
    "ctc_hivtests": {
        **_same("sysdate transdate", "date"),
        **_same("patientcode", "mrn"),
        **_same("booking", "other_id"),
    },
    "ctc_cd4tests": {
        **_same("sysdate transdate testresultdate", "date"),
        **_same("patientcode", "mrn"),
        **_same("booking sampleid", "other_id"),
        **_same("comments", "free_text"),
    },
    "ctc_preventivetherapies": {
        **_same("sysdate transdate", "date"),
        **_same("patientcode", "mrn"),
        **_same("booking", "other_id"),
    },
    "ctc_revisitingnumbers": {
        **_same("patientcode", "mrn"),
    },
    "ctc_artvisits": {
        **_same("sysdate transdate", "date"),
        **_same("patientcode", "mrn"),
        **_same("booking", "other_id"),
    },
    "ctc_patientaidsillness": {
        **_same("patientcode", "mrn"),
        **_same("booking", "other_id"),
    },
    "ctc_patientcomeds": {
        **_same("patientcode", "mrn"),
        **_same("booking", "other_id"),
    },
    "ctc_patientabnormallabresults": {
        **_same("patientcode", "mrn"),
        **_same("booking", "other_id"),
    },
    "ctc_pmtctantenatal": {
        **_same("sysdate transdate", "date"),
        **_same("patientcode", "mrn"),
        **_same("booking incidencecode", "other_id"),
    },
    "ctc_pmtctantenatallog": {
        **_same("sysdate transdate", "date"),
        **_same("patientcode", "mrn"),
        **_same("booking incidencecode", "other_id"),
    },
    "ctc_pmtctotherchildren": {
        **_same("patientcode", "mrn"),
        **_same("birthdate", "date"),
    },
    "ctc_pmtctpostnatal": {
        **_same("sysdate transdate babybirthdate babyhivdate", "date"),
        **_same("patientcode", "mrn"),
        **_same("booking incidencecode", "other_id"),
    },
    "ctc_pmtctpostnatallog": {
        **_same("sysdate transdate", "date"),
        **_same("patientcode", "mrn"),
        **_same("booking incidencecode", "other_id"),
    },
}

PHI["camcops"] = {
    "_emails": {
        **_same("to", "email"),
        **_same("subject", "name"),
        **_same("body", "free_text"),
        **_same("msg_string", "other_id"),
    },
    "_task_filters": {
        **_same("surname forename", "name"),
        **_same("dob", "date"),
        **_same("idnum_criteria", "mrn"),
        **_same("text_contents", "free_text"),
    },
    "_exported_task_hl7msg": {
        **_same("message", "other_id"),
    },
    "_exported_task_filegroup": {
        **_same("filenames", "name"),
    },
    "_exported_task_redcap": {
        **_same("redcap_record_id", "mrn"),
    },
    "blobs": {
        **_same("theblob", "other_id"),
        **_same(
            "_era _when_added_exact _when_added_batch_utc "
            "_when_removed_exact _when_removed_batch_utc "
            "_manually_erased_at when_last_modified",
            "date",
        ),
    },
    "patient_idnum": {
        **_same("idnum_value", "mrn"),
        **_same(
            "_era _when_added_exact _when_added_batch_utc "
            "_when_removed_exact _when_removed_batch_utc "
            "_manually_erased_at when_last_modified",
            "date",
        ),
    },
    "_special_notes": {
        **_same("era note_at", "date"),
        **_same("note", "free_text"),
    },
    "patient": {
        **_same("uuid", "other_id"),
        **_same("forename surname", "name"),
        **_same(
            "dob _era _when_added_exact _when_added_batch_utc "
            "_when_removed_exact _when_removed_batch_utc "
            "_manually_erased_at when_last_modified",
            "date",
        ),
        **_same("address", "address"),
        **_same("email", "email"),
        **_same("other", "free_text"),
    },
    "_security_webviewer_sessions": {
        **_same("ip_address", "ip"),
    },
    "ace3": {
        **_same("comments", "free_text"),
        **_same(
            "when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "bmi": {
        **_same("comment", "free_text"),
        **_same(
            "when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "bprs": {
        **_same(
            "when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "cgi": {
        **_same(
            "when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "cgi_i": {
        **_same(
            "when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "contactlog": {
        **_same(
            "start end when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
        **_same("comment", "free_text"),
    },
    "psychiatricclerking": {
        **_same(
            "reason_for_contact presenting_issue systems_review "
            "collateral_history diagnoses_psychiatric diagnoses_medical "
            "operations_procedures allergies_adverse_reactions "
            "medications recreational_drug_use family_history "
            "developmental_history personal_history premorbid_personality "
            "forensic_history current_social_situation "
            "mse_appearance_behaviour mse_speech mse_mood_subjective "
            "mse_mood_objective mse_thought_form mse_thought_content "
            "mse_perception mse_cognition mse_insight "
            "physical_examination_general "
            "physical_examination_cardiovascular "
            "physical_examination_respiratory "
            "physical_examination_abdominal "
            "physical_examination_neurological assessment_scales "
            "investigations_results safety_alerts risk_assessment "
            "relevant_legal_information current_problems "
            "patient_carer_concerns impression management_plan "
            "information_given",
            "free_text",
        ),
        **_same(
            "when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "cpft_lps_referral": {
        **_same(
            "referral_date_time admission_date estimated_discharge_date "
            "when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
        **_same("other_contact_details", "phone"),
        **_same("referral_reason", "free_text"),
    },
    "cpft_lps_resetresponseclock": {
        **_same(
            "reset_start_time_to when_created when_firstexit _era "
            "_when_added_exact _when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "cpft_lps_discharge": {
        **_same(
            "discharge_date when_created when_firstexit _era "
            "_when_added_exact _when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
        **_same(
            "diagnosis_medical_1 diagnosis_medical_2 diagnosis_medical_3 diagnosis_medical_4",
            "free_text",
        ),
    },
    "cpft_covid_medical": {
        **_same(
            "when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "cpft_research_preferences": {
        **_same(
            "when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "diagnosis_icd10_item": {
        **_same("comment", "free_text"),
        **_same(
            "_era _when_added_exact _when_added_batch_utc "
            "_when_removed_exact _when_removed_batch_utc "
            "_manually_erased_at when_last_modified",
            "date",
        ),
    },
    "diagnosis_icd10": {
        **_same(
            "relates_to_date when_created when_firstexit _era "
            "_when_added_exact _when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "diagnosis_icd9cm_item": {
        **_same("comment", "free_text"),
        **_same(
            "_era _when_added_exact _when_added_batch_utc "
            "_when_removed_exact _when_removed_batch_utc "
            "_manually_erased_at when_last_modified",
            "date",
        ),
    },
    "diagnosis_icd9cm": {
        **_same(
            "relates_to_date when_created when_firstexit _era "
            "_when_added_exact _when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "fft": {
        **_same(
            "when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "gad7": {
        **_same(
            "when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "gaf": {
        **_same(
            "when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "honos": {
        **_same(
            "when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "honosca": {
        **_same(
            "when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "icd10depressive": {
        **_same(
            "date_pertains_to when_created when_firstexit _era "
            "_when_added_exact _when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
        **_same("comments", "free_text"),
    },
    "icd10manic": {
        **_same(
            "date_pertains_to when_created when_firstexit _era "
            "_when_added_exact _when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
        **_same("comments", "free_text"),
    },
    "icd10mixed": {
        **_same(
            "date_pertains_to when_created when_firstexit _era "
            "_when_added_exact _when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
        **_same("comments", "free_text"),
    },
    "icd10schizophrenia": {
        **_same(
            "date_pertains_to when_created when_firstexit _era "
            "_when_added_exact _when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
        **_same("comments", "free_text"),
    },
    "icd10schizotypal": {
        **_same(
            "date_pertains_to when_created when_firstexit _era "
            "_when_added_exact _when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
        **_same("comments", "free_text"),
    },
    "icd10specpd": {
        **_same(
            "date_pertains_to when_created when_firstexit _era "
            "_when_added_exact _when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
        **_same("comments vignette", "free_text"),
    },
    "irac": {
        **_same("aim", "free_text"),
        **_same(
            "when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "npiq": {
        **_same("respondent_name", "name"),
        **_same(
            "when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "panss": {
        **_same(
            "when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "photo": {
        **_same("description", "free_text"),
        **_same(
            "when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "photosequence_photos": {
        **_same("description", "free_text"),
        **_same(
            "_era _when_added_exact _when_added_batch_utc "
            "_when_removed_exact _when_removed_batch_utc "
            "_manually_erased_at when_last_modified",
            "date",
        ),
    },
    "photosequence": {
        **_same("sequence_description", "free_text"),
        **_same(
            "when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "phq9": {
        **_same(
            "when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "progressnote": {
        **_same("note", "free_text"),
        **_same(
            "when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "pt_satis": {
        **_same("good bad", "free_text"),
        **_same(
            "when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "ref_satis_spec": {
        **_same("good bad", "free_text"),
        **_same(
            "when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "ybocs": {
        **_same(
            "target_obsession_1 target_obsession_2 target_obsession_3 "
            "target_compulsion_1 target_compulsion_2 target_compulsion_3 "
            "target_avoidance_1 target_avoidance_2 target_avoidance_3",
            "free_text",
        ),
        **_same(
            "when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "zbi12": {
        **_same("respondent_name", "name"),
        **_same(
            "when_created when_firstexit _era _when_added_exact "
            "_when_added_batch_utc _when_removed_exact "
            "_when_removed_batch_utc _manually_erased_at "
            "when_last_modified",
            "date",
        ),
    },
    "_security_audit": {
        **_same("remote_addr", "ip"),
        **_same("details", "other_id"),
    },
    "_idnum_index": {
        **_same("idnum_value", "mrn"),
    },
    "_task_index": {
        **_same("era when_created_utc when_created_iso when_added_batch_utc", "date"),
    },
    "_patient_task_schedule": {
        **_same("start_datetime", "date"),
    },
}


PHI["midwifeemr"] = {
    "patient": {
        **_same("dohID", "mrn"),
        **_same("dob updatedAt", "date"),
        **_same("generalInfo", "free_text"),
    },
    "pregnancy": {
        **_same(
            "firstname lastname maidenname nickname birthCompanion "
            "partnerFirstname partnerLastname",
            "name",
        ),
        **_same("telephone", "phone"),
        **_same("address1 address2 address3 address4 city postalCode", "address"),
        **_same(
            "lmp alternateEdd doctorConsultDate dentistConsultDate "
            "pregnancyEndDate transferOfCare partnerDob updatedAt",
            "date",
        ),
        **_same(
            "riskNote note transferOfCareNote practiceFamilyPlanningDetails questionnaireNote",
            "free_text",
        ),
        **_same("philHealthID", "health_plan"),
    },
    "risk": {
        **_same("updatedAt", "date"),
    },
    "vaccination": {
        **_same("vacDate vacMonth updatedAt", "date"),
        **_same("note", "free_text"),
    },
    "healthTeaching": {
        **_same("date updatedAt", "date"),
    },
    "medication": {
        **_same("date updatedAt", "date"),
        **_same("note", "free_text"),
    },
    "pregnancyHistory": {
        **_same("day month updatedAt", "date"),
        **_same("note", "free_text"),
    },
    "event": {
        **_same("eDateTime", "date"),
    },
    "priority": {
        **_same("assigned", "date"),
    },
    "prenatalExam": {
        **_same("date returnDate updatedAt", "date"),
        **_same("fhNote fhtNote risk note", "free_text"),
    },
    "labTestResult": {
        **_same("testDate updatedAt", "date"),
        **_same("result", "free_text"),
    },
    "referral": {
        **_same("date updatedAt", "date"),
        **_same("reason", "free_text"),
    },
    "schedule": {
        **_same("updatedAt", "date"),
    },
    "pregnote": {
        **_same("noteDate updatedAt", "date"),
        **_same("note", "free_text"),
    },
    "patientLog": {
        **_same("dohID", "mrn"),
        **_same("dob updatedAt replacedAt", "date"),
        **_same("generalInfo", "free_text"),
    },
    "pregnancyLog": {
        **_same(
            "firstname lastname maidenname nickname birthCompanion "
            "partnerFirstname partnerLastname",
            "name",
        ),
        **_same("telephone", "phone"),
        **_same("address1 address2 address3 address4 city postalCode", "address"),
        **_same(
            "lmp alternateEdd doctorConsultDate dentistConsultDate "
            "pregnancyEndDate transferOfCare updatedAt replacedAt",
            "date",
        ),
        **_same(
            "riskNote note transferOfCareNote practiceFamilyPlanningDetails questionnaireNote",
            "free_text",
        ),
        **_same("philHealthID", "health_plan"),
    },
    "riskLog": {
        **_same("updatedAt replacedAt", "date"),
    },
    "vaccinationLog": {
        **_same("vacDate vacMonth updatedAt replacedAt", "date"),
        **_same("note", "free_text"),
    },
    "healthTeachingLog": {
        **_same("date updatedAt replacedAt", "date"),
    },
    "medicationLog": {
        **_same("date updatedAt replacedAt", "date"),
        **_same("note", "free_text"),
    },
    "pregnancyHistoryLog": {
        **_same("day month updatedAt replacedAt", "date"),
        **_same("note", "free_text"),
    },
    "prenatalExamLog": {
        **_same("date returnDate updatedAt replacedAt", "date"),
        **_same("fhNote fhtNote risk note", "free_text"),
    },
    "labTestResultLog": {
        **_same("testDate updatedAt replacedAt", "date"),
        **_same("result", "free_text"),
    },
    "referralLog": {
        **_same("date updatedAt replacedAt", "date"),
        **_same("reason", "free_text"),
    },
    "scheduleLog": {
        **_same("updatedAt replacedAt", "date"),
    },
    "customFieldLog": {
        **_same("replacedAt", "date"),
    },
    "pregnoteLog": {
        **_same("noteDate updatedAt replacedAt", "date"),
        **_same("note", "free_text"),
    },
    "labor": {
        **_same("admittanceDate startLaborDate dischargeDate updatedAt", "date"),
        **_same("comments", "free_text"),
    },
    "laborLog": {
        **_same(
            "admittanceDate startLaborDate dischargeDate updatedAt replacedAt",
            "date",
        ),
        **_same("comments", "free_text"),
    },
    "laborStage1": {
        **_same("fullDialation updatedAt", "date"),
        **_same("comments", "free_text"),
    },
    "laborStage1Log": {
        **_same("fullDialation updatedAt replacedAt", "date"),
        **_same("comments", "free_text"),
    },
    "laborStage2": {
        **_same("birthDatetime updatedAt", "date"),
        **_same("comments", "free_text"),
    },
    "laborStage2Log": {
        **_same("birthDatetime updatedAt replacedAt", "date"),
        **_same("comments", "free_text"),
    },
    "laborStage3": {
        **_same("placentaDatetime updatedAt", "date"),
        **_same("cotyledons membranes comments", "free_text"),
    },
    "laborStage3Log": {
        **_same("placentaDatetime updatedAt replacedAt", "date"),
        **_same("cotyledons membranes comments", "free_text"),
    },
    "baby": {
        **_same("lastname firstname middlename", "name"),
        **_same("bFedEstablished updatedAt", "date"),
        **_same("comments", "free_text"),
    },
    "apgar": {
        **_same("updatedAt", "date"),
    },
    "babyLog": {
        **_same("lastname firstname middlename", "name"),
        **_same("bFedEstablished updatedAt replacedAt", "date"),
        **_same("comments", "free_text"),
    },
    "apgarLog": {
        **_same("updatedAt replacedAt", "date"),
    },
    "newbornExam": {
        **_same("examDatetime updatedAt", "date"),
        **_same(
            "appearanceComment colorComment skinComment headComment "
            "eyesComment earsComment noseComment mouthComment neckComment "
            "chestComment lungsComment heartComment abdomenComment "
            "hipsComment cordComment femoralPulsesComment "
            "genitaliaComment anusComment backComment extremitiesComment "
            "moroReflexComment palmarReflexComment steppingReflexComment "
            "plantarReflexComment babinskiReflexComment comments",
            "free_text",
        ),
    },
    "newbornExamLog": {
        **_same("examDatetime updatedAt replacedAt", "date"),
        **_same(
            "appearanceComment colorComment skinComment headComment "
            "eyesComment earsComment noseComment mouthComment neckComment "
            "chestComment lungsComment heartComment abdomenComment "
            "hipsComment cordComment femoralPulsesComment "
            "genitaliaComment anusComment backComment extremitiesComment "
            "moroReflexComment palmarReflexComment steppingReflexComment "
            "plantarReflexComment babinskiReflexComment comments",
            "free_text",
        ),
    },
    "membrane": {
        **_same("ruptureDatetime updatedAt", "date"),
        **_same("ruptureComment amnioticComment comments", "free_text"),
    },
    "membraneLog": {
        **_same("ruptureDatetime updatedAt replacedAt", "date"),
        **_same("ruptureComment amnioticComment comments", "free_text"),
    },
    "contPostpartumCheck": {
        **_same("checkDatetime updatedAt", "date"),
        **_same("comments", "free_text"),
    },
    "contPostpartumCheckLog": {
        **_same("checkDatetime updatedAt replacedAt", "date"),
        **_same("comments", "free_text"),
    },
    "babyMedication": {
        **_same("medicationDate updatedAt", "date"),
        **_same("comments", "free_text"),
    },
    "babyMedicationLog": {
        **_same("medicationDate updatedAt replacedAt", "date"),
        **_same("comments", "free_text"),
    },
    "babyVaccination": {
        **_same("vaccinationDate updatedAt", "date"),
        **_same("comments", "free_text"),
    },
    "babyVaccinationLog": {
        **_same("vaccinationDate updatedAt replacedAt", "date"),
        **_same("comments", "free_text"),
    },
    "babyLab": {
        **_same("dateTime updatedAt", "date"),
        **_same("fld1Value", "other_id"),
        **_same("fld3Value", "free_text"),
    },
    "babyLabLog": {
        **_same("dateTime updatedAt replacedAt", "date"),
        **_same("fld1Value", "other_id"),
        **_same("fld3Value", "free_text"),
    },
    "motherMedication": {
        **_same("medicationDate updatedAt", "date"),
        **_same("comments", "free_text"),
    },
    "motherMedicationLog": {
        **_same("medicationDate updatedAt replacedAt", "date"),
        **_same("comments", "free_text"),
    },
    "discharge": {
        **_same("dateTime updatedAt", "date"),
        **_same("transferComment", "free_text"),
    },
    "dischargeLog": {
        **_same("dateTime updatedAt replacedAt", "date"),
        **_same("transferComment", "free_text"),
    },
    "postpartumCheck": {
        **_same("checkDatetime hgbTestDate nextScheduledCheck updatedAt", "date"),
        **_same("motherFundusNote motherPerineumNote comments", "free_text"),
    },
    "postpartumCheckLog": {
        **_same(
            "checkDatetime hgbTestDate nextScheduledCheck updatedAt replacedAt",
            "date",
        ),
        **_same("motherFundusNote motherPerineumNote comments", "free_text"),
    },
    "birthCertificate": {
        **_same(
            "motherMaidenLastname motherMiddlename motherFirstname "
            "fatherLastname fatherMiddlename fatherFirstname "
            "informantFullname affiateName",
            "name",
        ),
        **_same(
            "motherAddress motherCity fatherAddress fatherCity "
            "cityOfMarriage informantAddress commTaxPlace affiateAddress "
            "affiateCommTaxPlace",
            "address",
        ),
        **_same("dateOfMarriage commTaxDate affiateCommTaxDate updatedAt", "date"),
        **_same("commTaxNumber affiateCommTaxNumber", "other_id"),
        **_same("comments", "free_text"),
    },
    "birthCertificateLog": {
        **_same(
            "motherMaidenLastname motherMiddlename motherFirstname "
            "fatherLastname fatherMiddlename fatherFirstname "
            "informantFullname affiateName",
            "name",
        ),
        **_same(
            "motherAddress motherCity fatherAddress fatherCity "
            "cityOfMarriage informantAddress commTaxPlace affiateAddress "
            "affiateCommTaxPlace",
            "address",
        ),
        **_same(
            "dateOfMarriage commTaxDate affiateCommTaxDate updatedAt replacedAt",
            "date",
        ),
        **_same("commTaxNumber affiateCommTaxNumber", "other_id"),
        **_same("comments", "free_text"),
    },
}

PHI["dgyaoshi"] = {
    "his_eng_order": {
        **_same("modify_time birthday in_date out_date", "date"),
        **_same("order_id", "other_id"),
        **_same("patient_no", "mrn"),
        **_same("ssid", "health_plan"),
        **_same("name", "name"),
        **_same("address", "address"),
        **_same("phone_no", "phone"),
        **_same("id_card", "ssn"),
    },
    "his_eng_order_cost": {
        **_same("modify_time", "date"),
        **_same("order_id", "other_id"),
    },
    "his_eng_order_infection": {
        **_same("modify_time", "date"),
        **_same("order_id", "other_id"),
        **_same("pathologic_diag", "free_text"),
    },
    "his_eng_order_drug": {
        **_same("modify_time start_time end_time pres_date_time", "date"),
        **_same("item_id order_id", "other_id"),
        **_same("patient_no", "mrn"),
        **_same("patient_name", "name"),
        **_same("comments", "free_text"),
    },
    "his_eng_order_drug_execute": {
        **_same("modify_time execute_time", "date"),
        **_same("order_id item_id", "other_id"),
        **_same("patient_no", "mrn"),
        **_same("patient_name", "name"),
    },
    "his_eng_order_drug_send": {
        **_same("modify_time send_date_time", "date"),
        **_same("order_id item_id", "other_id"),
        **_same("patient_no", "mrn"),
        **_same("patient_name", "name"),
    },
    "his_eng_order_fee_detail": {
        **_same("modify_time charge_time", "date"),
        **_same("order_id order_item_id", "other_id"),
        **_same("patient_no", "mrn"),
        **_same("patient_name", "name"),
    },
    "his_eng_order_diagnose": {
        **_same("modify_time diag_date", "date"),
        **_same("order_id", "other_id"),
    },
    "his_eng_order_operation": {
        **_same("modify_time start_time end_time", "date"),
        **_same("order_id", "other_id"),
    },
    "his_eng_order_exam": {
        **_same("modify_time send_time lis_time", "date"),
        **_same("order_id", "other_id"),
        **_same("patient_no", "mrn"),
    },
    "his_register": {
        **_same("modify_time reg_date", "date"),
        **_same("visit_no", "other_id"),
        **_same("patient_no", "mrn"),
        **_same("name", "name"),
        **_same("id_card", "ssn"),
    },
    "his_eng_cf": {
        **_same("modify_time pres_date_time", "date"),
        **_same("cfid visit_no pres_no corres_cf_presno", "other_id"),
        **_same("patient_no", "mrn"),
        **_same("name prox_name", "name"),
        **_same("address", "address"),
        **_same("phone_no", "phone"),
        **_same("id_card prox_id_card", "ssn"),
        **_same("diagnose", "free_text"),
    },
    "his_eng_cf_item": {
        **_same("modify_time", "date"),
        **_same("cfid", "other_id"),
        **_same("special_promote comments", "free_text"),
    },
    "his_eng_cf_item_fee": {
        **_same("modify_time fee_date", "date"),
        **_same("visit_no cfid", "other_id"),
        **_same("patient_no", "mrn"),
        **_same("patient_name", "name"),
    },
    "his_eng_cf_drug_send": {
        **_same("modify_time send_date_time", "date"),
        **_same("cfid", "other_id"),
        **_same("patient_no", "mrn"),
        **_same("patient_name", "name"),
    },
}

PHI["icuchartua"] = {
    "audit_logs": {
        **_same("old_value new_value", "other_id"),
    },
    "audit_events": {
        **_same("business_key event_payload", "other_id"),
    },
    "audit_event_targets": {
        **_same("business_key", "other_id"),
    },
    "audit_legacy_events": {
        **_same("legacy_old_value legacy_new_value", "other_id"),
    },
    "audit_events_archive": {
        **_same("business_key event_payload", "other_id"),
    },
    "audit_event_targets_archive": {
        **_same("business_key", "other_id"),
    },
    "audit_legacy_events_archive": {
        **_same("legacy_old_value legacy_new_value", "other_id"),
    },
    "episodes": {
        **_same("created_at updated_at admission_date discharge_date", "date"),
        **_same("patient_id", "mrn"),
        **_same("hospitalization_id", "other_id"),
        **_same("admission_diagnosis", "free_text"),
    },
    "clinical_days": {
        **_same(
            "created_at updated_at start_date_time end_date_time closed_at",
            "date",
        ),
    },
    "hourly_records": {
        **_same("created_at updated_at record_time record_hour", "date"),
        **_same("notes", "free_text"),
    },
    "medical_orders": {
        **_same("created_at updated_at start_time end_time", "date"),
    },
    "order_executions": {
        **_same("created_at updated_at executed_at hour planned_at", "date"),
        **_same("comment", "free_text"),
    },
    "medical_notes": {
        **_same("created_at updated_at", "date"),
        **_same("text", "free_text"),
    },
    "scale_results": {
        **_same("created_at updated_at calculated_at", "date"),
    },
    "fluid_balances": {
        **_same("created_at updated_at hour", "date"),
    },
    "signatures": {
        **_same("created_at updated_at signed_at", "date"),
    },
    "generated_pdfs": {
        **_same("created_at updated_at generated_at", "date"),
        **_same("file_data", "other_id"),
    },
    "lab_results": {
        **_same("created_at updated_at measured_at", "date"),
    },
    "ventilation_settings": {
        **_same("created_at updated_at record_hour", "date"),
    },
    "patient_state_assessments": {
        **_same("created_at updated_at record_hour", "date"),
        **_same("additional_notes", "free_text"),
    },
    "audit_outbox": {
        **_same("payload", "other_id"),
    },
    "prescription_lists": {
        **_same("patient_id", "mrn"),
        **_same("hospitalization_id", "other_id"),
        **_same("editing_started_at created_at updated_at", "date"),
    },
    "prescription_items": {
        **_same("created_at updated_at", "date"),
    },
    "prescription_item_days": {
        **_same("day_date created_at updated_at", "date"),
    },
    "prescription_day_parts": {
        **_same("created_at updated_at", "date"),
    },
    "prescription_executions": {
        **_same("executed_at created_at updated_at", "date"),
        **_same("comment", "free_text"),
    },
    "prescription_signatures": {
        **_same("signed_at created_at updated_at", "date"),
    },
    "vital_sign_lists": {
        **_same("created_at updated_at", "date"),
    },
    "vital_sign_days": {
        **_same("day_date created_at updated_at", "date"),
    },
    "vital_sign_entries": {
        **_same("created_at updated_at", "date"),
    },
    "prosthetics_patients": {
        **_same("id", "mrn"),
        **_same("pib", "name"),
        **_same("birth_date amputation_date created_at updated_at", "date"),
        **_same("phone", "phone"),
        **_same("email", "email"),
        **_same("residence", "address"),
        **_same("clinical_state", "free_text"),
    },
    "prosthetics_orders": {
        **_same("order_number", "other_id"),
        **_same("patient_id", "mrn"),
        **_same("prescription_date created_at updated_at", "date"),
    },
    "prosthetics_flow_instances": {
        **_same("patient_id", "mrn"),
        **_same(
            "start_time end_time created_at updated_at paused_at resumed_at",
            "date",
        ),
    },
    "prosthetics_step_executions": {
        **_same("started_at completed_at created_at updated_at", "date"),
        **_same("note", "free_text"),
    },
    "prosthetics_resource_usages": {
        **_same("created_at updated_at", "date"),
    },
    "prosthetics_evidence_files": {
        **_same("file_data", "other_id"),
        **_same("created_at updated_at", "date"),
    },
    "prosthetics_failure_snapshots": {
        **_same("created_at updated_at", "date"),
    },
    "prosthetics_brak_events": {
        **_same("note", "free_text"),
        **_same("created_at updated_at", "date"),
    },
}

PHI["openpathhealth"] = {
    "agency_patient_referrals": {
        **_same("created_at updated_at deleted_at", "date"),
    },
    "any_careplans": {
        **_same("deleted_at created_at updated_at", "date"),
    },
    "appointments": {
        **_same("notes", "free_text"),
        **_same("created_at updated_at appointment_time", "date"),
        **_same("patient_id", "mrn"),
    },
    "backup_plans": {
        **_same("description backup_plan", "free_text"),
        **_same("person", "name"),
        **_same("phone", "phone"),
        **_same("address", "address"),
        **_same("plan_created_on created_at updated_at deleted_at", "date"),
    },
    "ca_assessments": {
        **_same("created_at updated_at deleted_at", "date"),
    },
    "careplans": {
        **_same(
            "sdh_enroll_date first_meeting_with_case_manager_date "
            "self_sufficiency_baseline_due_date "
            "self_sufficiency_final_due_date "
            "self_sufficiency_baseline_completed_date "
            "self_sufficiency_final_completed_date deleted_at created_at "
            "updated_at patient_signed_on provider_signed_on initial_date "
            "review_date responsible_team_member_signed_on "
            "representative_signed_on patient_signature_requested_at "
            "provider_signature_requested_at rn_approved_on "
            "ncm_approved_on careplan_sent_on",
            "date",
        ),
        **_same(
            "patient_health_problems patient_strengths patient_goals "
            "patient_barriers future_issues_0 future_issues_1 "
            "future_issues_2 future_issues_3 future_issues_4 "
            "future_issues_5 future_issues_6 future_issues_7 "
            "future_issues_8 future_issues_9 future_issues_10",
            "free_text",
        ),
        **_same(
            "service_archive equipment_archive team_members_archive "
            "goals_archive backup_plan_archive",
            "other_id",
        ),
    },
    "claims": {
        **_same("claims_file", "other_id"),
    },
    "claims_amount_paid_location_month": {
        **_same("medicaid_id", "health_plan"),
        **_same("month year_month", "date"),
    },
    "claims_claim_volume_location_month": {
        **_same("medicaid_id", "health_plan"),
        **_same("month year_month", "date"),
    },
    "claims_ed_nyu_severity": {
        **_same("medicaid_id", "health_plan"),
    },
    "claims_reporting_cp_payment_details": {
        **_same("medicaid_id", "health_plan"),
        **_same(
            "cp_enrollment_start_date paid_dos payment_date "
            "month_payment_issued created_at updated_at",
            "date",
        ),
        **_same("paid_num_icn", "other_id"),
    },
    "claims_reporting_cp_payment_uploads": {
        **_same("content", "other_id"),
    },
    "claims_reporting_imports": {
        **_same("content", "other_id"),
    },
    "claims_reporting_medical_claims": {
        **_same("member_id", "health_plan"),
        **_same("claim_number", "other_id"),
        **_same(
            "member_dob service_start_date service_end_date admit_date discharge_date paid_date",
            "date",
        ),
    },
    "claims_reporting_member_diagnosis_classifications": {
        **_same("member_id", "health_plan"),
        **_same("created_at updated_at", "date"),
    },
    "claims_reporting_member_enrollment_rosters": {
        **_same("member_id", "health_plan"),
        **_same("region service_area", "address"),
        **_same(
            "span_start_date span_end_date cp_enroll_dt cp_disenroll_dt "
            "created_at updated_at engagement_date "
            "enrollment_end_at_engagement_calculation first_claim_date",
            "date",
        ),
    },
    "claims_reporting_member_rosters": {
        **_same("member_id", "health_plan"),
        **_same("nam_first nam_last head_of_household", "name"),
        **_same(
            "date_of_birth last_office_visit last_ed_visit last_ip_visit cp_claim_dt",
            "date",
        ),
        **_same(
            "mailing_address_1 mailing_address_2 mailing_city mailing_zip "
            "residential_address_1 residential_address_2 residential_city "
            "residential_zip",
            "address",
        ),
        **_same("phone_number", "phone"),
        **_same("email", "email"),
    },
    "claims_reporting_rx_claims": {
        **_same("member_id", "health_plan"),
        **_same("claim_number", "other_id"),
        **_same("member_dob service_start_date service_end_date paid_date", "date"),
    },
    "claims_roster": {
        **_same("medicaid_id", "health_plan"),
        **_same("last_name first_name", "name"),
        **_same("dob", "date"),
    },
    "claims_top_conditions": {
        **_same("medicaid_id", "health_plan"),
    },
    "claims_top_ip_conditions": {
        **_same("medicaid_id", "health_plan"),
    },
    "claims_top_providers": {
        **_same("medicaid_id", "health_plan"),
    },
    "comprehensive_health_assessments": {
        **_same("created_at updated_at completed_at reviewed_at deleted_at", "date"),
        **_same("answers", "other_id"),
    },
    "contacts": {
        **_same("name", "name"),
        **_same("phone", "phone"),
        **_same("email", "email"),
        **_same("collected_on created_at updated_at", "date"),
    },
    "cp_member_files": {
        **_same("content", "other_id"),
    },
    "document_exports": {
        **_same("file_data", "other_id"),
    },
    "ed_ip_visit_files": {
        **_same("content", "other_id"),
    },
    "ed_ip_visits": {
        **_same("medicaid_id", "health_plan"),
        **_same("admit_date deleted_at", "date"),
        **_same("encounter_id", "other_id"),
    },
    "eligibility_inquiries": {
        **_same("inquiry result", "other_id"),
    },
    "eligibility_responses": {
        **_same("response patient_aco_changes", "other_id"),
    },
    "encounter_records": {
        **_same("medicaid_id", "health_plan"),
        **_same("date dob created_at updated_at", "date"),
    },
    "enrollment_reasons": {
        **_same("content", "other_id"),
    },
    "enrollment_rosters": {
        **_same("member_id", "health_plan"),
        **_same("region service_area", "address"),
        **_same("span_start_date span_end_date cp_enroll_dt cp_disenroll_dt", "date"),
    },
    "enrollments": {
        **_same("content audit_actions", "other_id"),
    },
    "epic_careplans": {
        **_same("patient_id", "mrn"),
        **_same("encounter_id", "other_id"),
        **_same("careplan_updated_at created_at updated_at", "date"),
        **_same("part_1 part_2 part_3", "free_text"),
    },
    "epic_case_note_qualifying_activities": {
        **_same("patient_id", "mrn"),
        **_same("update_date created_at updated_at", "date"),
        **_same("part_1 part_2 part_3", "free_text"),
    },
    "epic_case_notes": {
        **_same("patient_id", "mrn"),
        **_same("contact_date created_at updated_at", "date"),
        **_same("chief_complaint_1_comment chief_complaint_2_comment", "free_text"),
    },
    "epic_chas": {
        **_same("patient_id", "mrn"),
        **_same("encounter_id", "other_id"),
        **_same("cha_updated_at created_at updated_at", "date"),
        **_same(
            "part_1 part_2 part_3 part_4 part_5 part_6 part_7 part_8 "
            "part_9 part_10 part_11 part_12 part_13 part_14 part_15",
            "free_text",
        ),
    },
    "epic_goals": {
        **_same("patient_id", "mrn"),
        **_same("contents", "free_text"),
        **_same("goal_created_at created_at updated_at", "date"),
    },
    "epic_housing_statuses": {
        **_same("patient_id", "mrn"),
        **_same("collected_on created_at updated_at", "date"),
    },
    "epic_patients": {
        **_same("id_in_source", "mrn"),
        **_same("first_name middle_name last_name aliases", "name"),
        **_same(
            "birthdate created_at updated_at consent_revoked "
            "housing_status_timestamp deleted_at death_date",
            "date",
        ),
        **_same("ssn", "ssn"),
        **_same("medicaid_id", "health_plan"),
    },
    "epic_qualifying_activities": {
        **_same("patient_id", "mrn"),
        **_same("patient_encounter_id", "other_id"),
        **_same("date_of_activity created_at updated_at", "date"),
    },
    "epic_ssms": {
        **_same("patient_id", "mrn"),
        **_same("encounter_id", "other_id"),
        **_same("ssm_updated_at created_at updated_at", "date"),
        **_same("part_1 part_2 part_3", "free_text"),
    },
    "epic_team_members": {
        **_same("patient_id", "mrn"),
        **_same("processed created_at updated_at", "date"),
    },
    "equipment": {
        **_same("effective_date created_at updated_at deleted_at", "date"),
        **_same("comments", "free_text"),
    },
    "hca_assessments": {
        **_same(
            "completed_on reviewed_on dob accessibility_equipment_start "
            "accessibility_equipment_end created_at updated_at deleted_at",
            "date",
        ),
        **_same(
            "name guardian_provider rep_payee_provider social_support_provider",
            "name",
        ),
        **_same("phone guardian_phone rep_payee_phone social_support_phone", "phone"),
        **_same("email", "email"),
        **_same(
            "pcp_notes hh_notes psych_notes therapist_notes "
            "case_manager_notes specialist_notes guardian_notes "
            "rep_payee_notes social_support_notes cbfs_notes "
            "housing_notes day_notes job_notes peer_support_notes "
            "dta_notes va_notes probation_notes other_provider_notes "
            "hip_fracture_notes other_fracture_notes chronic_pain_notes "
            "alzheimers_notes dementia_notes stroke_notes "
            "parkinsons_notes hypertension_notes cad_notes chf_notes "
            "copd_notes asthma_notes apnea_notes anxiety_notes "
            "bipolar_notes depression_notes schizophrenia_notes "
            "cancer_notes diabetes_notes arthritis_notes ckd_notes "
            "liver_notes transplant_notes weight_notes "
            "other_condition_notes general_health_comments "
            "medication_adherence_notes can_communicate_notes "
            "assessed_needs_notes strengths weaknesses interests choices "
            "personal_goals cultural_considerations "
            "accessibility_equipment_notes social_supports "
            "abuse_risk_notes care_goals",
            "free_text",
        ),
        **_same(
            "guardian_address rep_payee_address social_support_address address",
            "address",
        ),
    },
    "hca_medications": {
        **_same("side_effects", "free_text"),
        **_same("created_at updated_at", "date"),
    },
    "hca_sud_treatments": {
        **_same("service_dates created_at updated_at", "date"),
        **_same("reason", "free_text"),
    },
    "health_files": {
        **_same("content", "other_id"),
        **_same("created_at updated_at deleted_at", "date"),
        **_same("note", "free_text"),
    },
    "health_flexible_service_follow_ups": {
        **_same(
            "completed_on dob aco_approved_flex_services_on created_at updated_at deleted_at",
            "date",
        ),
        **_same("first_name middle_name last_name", "name"),
        **_same(
            "services_completed goal_status "
            "additional_flex_services_requested_detail "
            "agreement_to_flex_services_detail "
            "aco_approved_flex_services_detail",
            "free_text",
        ),
    },
    "health_flexible_service_vprs": {
        **_same(
            "planned_on dob aco_approved_on health_needs_screened_on "
            "risk_factors_screened_on service_1_added_on "
            "service_2_added_on service_3_added_on service_4_added_on "
            "service_5_added_on service_6_added_on service_7_added_on "
            "service_8_added_on service_9_added_on service_10_added_on "
            "created_at updated_at deleted_at end_date",
            "date",
        ),
        **_same(
            "first_name middle_name last_name representative_first_name representative_last_name",
            "name",
        ),
        **_same(
            "accommodations_needed additional_contact_details "
            "member_agreement_notes aco_rejection_notes "
            "complex_physical_health_need_detail "
            "behavioral_health_need_detail "
            "activities_of_daily_living_detail ed_utilization_detail "
            "high_risk_pregnancy_detail experiencing_homelessness_detail "
            "at_risk_of_homelessness_detail "
            "at_risk_of_nutritional_deficiency_detail "
            "health_and_risk_notes service_1_goals service_1_steps "
            "service_2_goals service_2_steps service_3_goals "
            "service_3_steps service_4_goals service_4_steps "
            "service_5_goals service_5_steps service_6_goals "
            "service_6_steps service_7_goals service_7_steps "
            "service_8_goals service_8_steps service_9_goals "
            "service_9_steps service_10_goals service_10_steps",
            "free_text",
        ),
        **_same("phone representative_phone", "phone"),
        **_same("email representative_email", "email"),
        **_same("medicaid_id", "health_plan"),
    },
    "health_goals": {
        **_same(
            "barriers provider_plan case_manager_plan rn_plan bh_plan "
            "other_plan goal_details problem intervention timeframe "
            "action_step_0 action_step_1 action_step_2 action_step_3 "
            "action_step_4 action_step_5 action_step_6 action_step_7 "
            "action_step_8 action_step_9",
            "free_text",
        ),
        **_same("deleted_at created_at updated_at start_date", "date"),
    },
    "health_qa_factory_factories": {
        **_same("created_at updated_at", "date"),
    },
    "hrsn_screenings": {
        **_same("created_at updated_at deleted_at", "date"),
    },
    "loaded_ed_ip_visits": {
        **_same("medicaid_id", "health_plan"),
        **_same("last_name first_name", "name"),
        **_same(
            "dob admit_date discharge_date created_at updated_at deleted_at",
            "date",
        ),
        **_same("chief_complaint diagnosis", "free_text"),
        **_same("member_record_number patient_identifier", "mrn"),
        **_same("patient_url", "url"),
        **_same("encounter_id", "other_id"),
    },
    "medications": {
        **_same("start_date ordered_date created_at updated_at", "date"),
        **_same("instructions", "free_text"),
        **_same("patient_id", "mrn"),
    },
    "member_status_report_patients": {
        **_same("medicaid_id", "health_plan"),
        **_same("member_first_name member_last_name member_middle_initial", "name"),
        **_same(
            "member_date_of_birth cp_last_contact_date "
            "cp_participation_form_date cp_care_plan_sent_pcp_date "
            "cp_care_plan_returned_pcp_date record_update_date "
            "export_date created_at updated_at deleted_at",
            "date",
        ),
    },
    "mhx_external_ids": {
        **_same("identifier", "other_id"),
        **_same("invalidated_at created_at updated_at", "date"),
    },
    "mhx_medicaid_id_inquiries": {
        **_same("inquiry result", "other_id"),
    },
    "mhx_medicaid_id_responses": {
        **_same("response", "other_id"),
    },
    "mhx_responses": {
        **_same("error_report", "other_id"),
    },
    "mhx_submissions": {
        **_same("zip_file", "other_id"),
    },
    "participation_forms": {
        **_same("signature_on reviewed_at", "date"),
    },
    "patient_referrals": {
        **_same("first_name last_name middle_initial", "name"),
        **_same(
            "birthdate created_at updated_at enrollment_start_date "
            "record_updated_on exported_on effective_date "
            "disenrollment_date pending_disenrollment_date deleted_at",
            "date",
        ),
        **_same("ssn", "ssn"),
        **_same("medicaid_id", "health_plan"),
        **_same(
            "address_line_1 address_line_2 address_city address_zip address_zip_plus_4",
            "address",
        ),
        **_same("email", "email"),
        **_same("phone_cell phone_day phone_night", "phone"),
    },
    "patients": {
        **_same("id_in_source", "mrn"),
        **_same("first_name middle_name last_name aliases", "name"),
        **_same(
            "birthdate created_at updated_at consent_revoked "
            "housing_status_timestamp engagement_date deleted_at "
            "death_date coverage_inquiry_date eligibility_notification",
            "date",
        ),
        **_same("ssn", "ssn"),
        **_same("medicaid_id", "health_plan"),
    },
    "pctp_care_goals": {
        **_same("goal barriers followup comments plan", "free_text"),
        **_same(
            "estimated_completion_date start_date end_date created_at updated_at deleted_at",
            "date",
        ),
    },
    "pctp_careplans": {
        **_same("name other_members_name", "name"),
        **_same(
            "dob accessibility_equipment_start "
            "accessibility_equipment_end patient_signed_on "
            "reviewed_by_ccm_on reviewed_by_rn_on sent_to_pcp_on "
            "created_at updated_at deleted_at",
            "date",
        ),
        **_same("phone other_members_phone", "phone"),
        **_same("email other_members_email", "email"),
        **_same("mmis", "health_plan"),
        **_same(
            "overview strengths weaknesses interests choices care_goals "
            "personal_goals cultural_considerations accessibility_needs "
            "accessibility_equipment_notes goals service_summary "
            "contingency_plan crisis_plan additional_concerns",
            "free_text",
        ),
    },
    "pctp_needs": {
        **_same("need_or_condition", "free_text"),
        **_same("start_date end_date created_at updated_at deleted_at", "date"),
    },
    "premium_payments": {
        **_same("content converted_content", "other_id"),
    },
    "problems": {
        **_same("onset_date last_assessed created_at updated_at", "date"),
        **_same("comment", "free_text"),
        **_same("patient_id", "mrn"),
    },
    "qualifying_activities": {
        **_same("reached_client_collateral_contact follow_up", "free_text"),
        **_same(
            "claim_submitted_on date_of_activity created_at updated_at sent_at deleted_at",
            "date",
        ),
    },
    "release_forms": {
        **_same("signature_on reviewed_at participation_signature_on", "date"),
    },
    "rosters": {
        **_same("member_id", "health_plan"),
        **_same("nam_first nam_last head_of_household", "name"),
        **_same(
            "date_of_birth last_office_visit last_ed_visit last_ip_visit cp_claim_dt",
            "date",
        ),
        **_same(
            "mailing_address_1 mailing_address_2 mailing_city mailing_zip "
            "residential_address_1 residential_address_2 residential_city "
            "residential_zip",
            "address",
        ),
        **_same("phone_number", "phone"),
        **_same("email", "email"),
    },
    "sdh_case_management_notes": {
        **_same(
            "created_at updated_at date_of_contact housing_placement_date completed_on",
            "date",
        ),
        **_same("client_action notes_from_encounter", "free_text"),
        **_same("client_phone_number", "phone"),
    },
    "self_sufficiency_matrix_forms": {
        **_same(
            "housing_notes income_notes benefits_notes disabilities_notes "
            "food_notes employment_notes education_notes mobility_notes "
            "life_notes healthcare_notes physical_health_notes "
            "mental_health_notes substance_abuse_notes criminal_notes "
            "legal_notes safety_notes risk_notes family_notes "
            "community_notes time_notes",
            "free_text",
        ),
        **_same("completed_at created_at updated_at", "date"),
    },
    "services": {
        **_same(
            "date_requested effective_date end_date created_at updated_at deleted_at",
            "date",
        ),
    },
    "signable_documents": {
        **_same(
            "hs_initial_request hs_initial_response hs_last_response signers signed_by",
            "other_id",
        ),
        **_same(
            "hs_initial_response_at hs_last_response_at created_at updated_at expires_at",
            "date",
        ),
    },
    "signature_requests": {
        **_same("to_email", "email"),
        **_same("to_name", "name"),
        **_same(
            "expires_at sent_at completed_at created_at updated_at deleted_at",
            "date",
        ),
    },
    "ssm_exports": {
        **_same("rows", "other_id"),
    },
    "status_dates": {
        **_same("date", "date"),
    },
    "team_members": {
        **_same("first_name last_name", "name"),
        **_same("email", "email"),
        **_same("last_contact deleted_at created_at updated_at", "date"),
        **_same("phone", "phone"),
    },
    "teams": {
        **_same("deleted_at created_at updated_at", "date"),
    },
    "thrive_assessments": {
        **_same("completed_on created_at updated_at deleted_at", "date"),
    },
    "tracing_cases": {
        **_same(
            "date_listed date_interviewed infectious_start_date "
            "testing_date isolation_start_date dob deleted_at created_at "
            "updated_at day_two vaccination_dates",
            "date",
        ),
        **_same("first_name last_name aliases", "name"),
        **_same("notes other_symptoms", "free_text"),
        **_same("phone", "phone"),
    },
    "tracing_contacts": {
        **_same(
            "date_interviewed dob symptom_onset_date deleted_at "
            "created_at updated_at vaccination_dates",
            "date",
        ),
        **_same("first_name last_name aliases", "name"),
        **_same("phone_number", "phone"),
        **_same(
            "address location_of_exposure location_of_contact "
            "sleeping_location isolation_location quarantine_location",
            "address",
        ),
        **_same("nature_of_exposure notes other_symptoms", "free_text"),
    },
    "tracing_locations": {
        **_same("location", "address"),
        **_same("deleted_at created_at updated_at", "date"),
    },
    "tracing_results": {
        **_same("isolation_location quarantine_location", "address"),
        **_same("deleted_at created_at updated_at", "date"),
    },
    "tracing_site_leaders": {
        **_same("contacted_on deleted_at created_at updated_at", "date"),
    },
    "tracing_staffs": {
        **_same(
            "date_interviewed deleted_at created_at updated_at dob vaccination_dates",
            "date",
        ),
        **_same("first_name last_name site_name", "name"),
        **_same("nature_of_exposure notes other_symptoms", "free_text"),
        **_same("address", "address"),
        **_same("phone_number", "phone"),
    },
    "vaccinations": {
        **_same("epic_patient_id", "mrn"),
        **_same("medicaid_id", "health_plan"),
        **_same("first_name last_name", "name"),
        **_same(
            "dob vaccinated_on created_at updated_at deleted_at epic_row_created epic_row_updated",
            "date",
        ),
        **_same("ssn", "ssn"),
        **_same("follow_up_cell_phone", "phone"),
    },
    "versions": {
        **_same("object", "other_id"),
        **_same("created_at", "date"),
    },
    "visits": {
        **_same("id_in_source", "other_id"),
        **_same("created_at updated_at date_of_service", "date"),
        **_same("patient_id", "mrn"),
    },
}


def columns(schema: str) -> list[tuple[str, str]]:
    """(table, column) of every column of the hold-out schema's facts, in order."""
    with (HERE / schema / "columns.csv").open(newline="") as handle:
        return [(row["table"], row["column"]) for row in csv.DictReader(handle)]


def main() -> None:
    """Write the CSV, checking every listed column exists."""
    rows = []
    for schema, tables in PHI.items():
        declared = columns(schema)
        known = set(declared)
        for table, marked in tables.items():
            for column in marked:
                if (table, column) not in known:
                    raise SystemExit(f"{schema}.{table}.{column} is not in the schema")
        for table, column in declared:
            hipaa = tables.get(table, {}).get(column)
            rows.append(
                (schema, table, column, "phi" if hipaa else "not", (hipaa or "").replace("_", "-"))
            )
    with (HERE / "phi_labels.csv").open("w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("schema", "table", "column", "label", "class"))
        writer.writerows(rows)
    print(f"{len(rows)} columns, {sum(r[3] == 'phi' for r in rows)} PHI")


if __name__ == "__main__":
    main()
