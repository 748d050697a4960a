"""The development set of public clinical schemas: their DDL loaded into SQLite, scanned, labelled.

Each folder here holds one schema's ``ddl.sql`` (see ``SOURCES.md``): CREATE TABLE statements,
with primary and foreign keys either inline or as ``ALTER TABLE ... ADD PRIMARY KEY`` /
``ADD FOREIGN KEY`` statements, which SQLite does not take and so are folded into the CREATE
TABLE here. ``phi_labels.csv`` holds the hand-made label of every column.

``holdout/`` holds the schemas the detector was never tuned on: only their facts (``columns.csv``:
table, column, declared type, key, foreign key; their licences allow no copy of the DDL) and
their labels (``holdout/phi_labels.csv``), loaded the same way.

Used by ``benchmarks/phi_columns.py``, ``benchmarks/db_relationships.py`` and the tests that hold
their floors; it reads files and writes a temporary SQLite database, nothing else.
"""

from __future__ import annotations

import csv
import functools
import re
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assessor.connectors.database.phi_learned import Sample
    from assessor.connectors.database.table_learned import TableModel, TableSample
    from assessor.model import TableProfile

HERE = Path(__file__).resolve().parent
LABELS = HERE / "phi_labels.csv"
SCHEMAS = ("omop", "mimic_iii", "mimic_iv", "dcm4chee")
HOLDOUT = HERE / "holdout"
HOLDOUTS = (
    "openemr",
    "openmrs",
    "openhospital",
    "i2b2",
    "care2x",
    "openclinica",
    "hapifhir",
    "simgos",
    "khanza",
    "eicu",
    "amsterdamumcdb",
    "pcornet",
    "ark",
    "oscar",
    "openelis",
    "orca",
    "freemed",
    "openclinicga",
    "clearhealth",
    "openmolar",
    "gnumed",
    "catissue",
    "openeyes",
    "tamanu",
    "sormas",
    "hospitalos",
    "openimis",
    "marley",
    "mediboard",
    "openhispeis",
    "opendental",
    "gnuhealth",
    "openmaxims",
    "openrem",
    "pic",
    "synthea",
    "dhis",
    "mover",
    "mimicednote",
    "chits",
    "erpnext",
    "tuva",
    "cclf",
    "kenyaemr",
    "ohccare",
    "medplum",
    "avni",
    "opensrp",
    "ehrbase",
    "bahmni",
    "ocamedical",
    "chikitsa",
    "orthanc",
    "indivo",
    "nosh",
    "elexis",
    "medintux",
    "sdtm",
    "sicdb",
    "hirid",
    "sentinel",
    "openmrs2",
    "opensafely_tpp",
    "opensafely_emis",
    "openemr7",
    "mirth",
    "hapifhir7",
    "conquest",
    "msfhir",
    "inspire",
    "libreclinica",
    "clearcanvas",
    "medshake",
    "redcap",
    "openhospital14",
    "pcornet6",
    "hosxp",
    "frappehealth",
    "esus",
    "cprd_aurum",
    "dcm4chee2",
    "vista",
    "caisis",
    "santedb",
    "cbioportal",
    "etbmanager",
    "freehealth",
    "kishanhms",
    "sarinohms",
    "isante",
    "xnat",
    "openclinicjact",
    "cabinetmed",
    "labkeyehr",
    "openboxes",
    "c3pr",
    "openspecimen",
    "openempi",
    "ibmfhir",
    "acshms",
    "gothomis",
    "iblis",
    "bloodbank",
    "danphe",
    "ascribe",
    "medwork",
    "raptor",
    "bsoftphis",
    "npaemr",
    "sil",
    "iqcare",
    "sparcfulfillment",
    "lamisplus",
    "gaiaehr",
    "eidss",
    "rxnt",
    "nazhastane",
    "cmhs",
    "infyomhms",
    "naaccr",
    "bhima",
    "opde",
    "canreg5",
    "c4gblis",
    "thai43",
    "ukrdc",
    "opendolphin",
    "samson",
    "sahana",
    "faersvaers",
    "chinesehis",
    "shineos",
    "aghuse",
    "godata",
    "mcgh",
    "aicoremed",
    "rdrf",
    "motech",
    "mainzcdw",
    "simplereport",
    "winninghdw",
    "hes",
    "nbs",
    "datasus",
    "lbysvem",
    "snds",
    "dklpr",
    "qlbv",
    "nemsis",
    "nsisflussi",
    "saraalert",
    "msemr",
    "commcarehq",
    "optimedpl",
    "cmsbfd",
    "ndbjp",
    "mcmed",
    "ukbiobank",
    "renalware",
    "webadt",
    "tssrips",
    "amrit",
    "bchealthgateway",
    "hhims",
    "llemr",
    "connectnhin",
    "loris",
    "hmislk",
    "sautiris",
    "hcupsid",
    "canvasmed",
    "clinicedc",
    "opentele",
    "idart",
    "labbook",
    "ecidade",
    "intelis",
    "elementalclinic",
    "emmetblue",
    "srtr",
    "nidb",
    "zeprs",
    "myclinic",
    "docare",
    "epicehi",
    "webcert",
    "simpleorg",
    "hemodialysispro",
    "cmportal",
    "candig",
    "healthmemex",
    "mavis",
    "clif",
    "easygp",
    "afyapro",
    "camcops",
    "midwifeemr",
    "dgyaoshi",
    "icuchartua",
    "openpathhealth",
    "felicity",
    "tmsistaf",
    "siaps",
    "elcid",
    "mhsds",
    "mds3",
    "lovd3",
    "usrds",
    "nlims",
    "adam",
    "nhird",
    "sana",
    "csds",
    "phenotips",
    "nhisnsc",
    "kheops",
    "pmsi",
    "opaldb",
    "oasis",
    "xdsregistry",
    "vacdw",
    "seqr",
    "kpepimis",
    "c2demayo",
    "ntds",
    "apcdcdl",
    "simrscore",
    "ehivendor",
    "epicclin",
    "cernerehi",
    "ehivendor2",
    "hcsemr",
    "touchworks",
    "alterasunrise",
    "curemd",
    "greenway",
    "insync",
    "veradigm",
    "pcisgold",
    "iknowmed",
    "oiart",
    "nextgen",
    "myavatar",
    "cgmaprima",
    "glaceemr",
    "credible",
    "sedesref",
    "ehealthua",
    "ehrserver",
    "nwicu",
    "hsiargentina",
    "modmedema",
    "isalus",
    "allegiancemd",
    "bhtemr",
    "nhscds",
    "oncoemr",
    "digitalpulz",
    "junoehr",
    "qsuite",
    "clgeneral",
    "picasso",
    "therapi",
    "onemedical",
    "revolutionehr",
    "pcireg",
    "bcdad",
    "athenaone",
    "openmsupply",
    "drmhope",
    "galeno",
    "scotslf",
    "bimalpath",
    "aourdr",
    "digitcrvs",
    "elctcms",
    "pmhcmds",
    "sevocity",
    "drcloudehr",
    "epilepsy12",
    "simrsotista",
    "texaspudf",
    "odontux",
    "axeium",
    "ushauridod",
    "practicefusion",
    "kenyaemrmods",
    "siasus",
    "mimbaplus",
    "intergy",
    "cchic",
    "impulsoprevine",
    "quarano",
    "odkcentral",
    "waclaims",
    "femr",
    "carelogic",
    "ggastro",
    "chordsvdw",
    "sanatorio",
    "primero",
    "myunity",
    "gestorpsi",
    "zimepms",
    "quelledm",
    "tronshealth",
    "ijevitals",
    "openeobs",
    "msds",
    "ugandalab",
    "pointclickcare",
    "mhira",
    "rapidpro",
    "radarbase",
    "chartwarden",
    "theraoffice",
    "openmrsmods",
    "escribehost",
    "discoverydds",
    "hisminsa",
    "cprdgold",
    "infinx",
    "dwapi",
    "hl7store",
    "crystalpm",
    "ndohhub",
    "x12staging",
    "aarista",
    "mosaichgw",
    "radarreg",
    "helios",
    "nhsbreastscreen",
    "fhirsynapse",
    "l2lis",
    "ecrviewer",
    "smartemr",
    "hcp1",
    "zlhismidwife",
    "rsnaedge",
    "sweregisters",
    "rsgmunej",
    "codearistos",
    "aushadha",
    "jimshis",
    "softmedtz",
    "spiges",
    "bdmscathpci",
    "cesetl",
    "tessy",
    "koreaclinic",
)
# Hold-outs labelled but not yet measured: the learned model is not fitted to them, so that
# their first measurement stays clean (see holdout/RESULTS.md, rounds 8 and 9). Empty between
# rounds.
UNMEASURED: tuple[str, ...] = ()
# The server whose types a hold-out's facts are written in (besides SQLite, which takes any).
HOLDOUT_SERVER = {
    "koreaclinic": "mariadb",
    "tessy": "postgres",
    "cesetl": "mariadb",
    "bdmscathpci": "postgres",
    "spiges": "postgres",
    "softmedtz": "mariadb",
    "jimshis": "other",
    "aushadha": "postgres",
    "codearistos": "mariadb",
    "rsgmunej": "postgres",
    "sweregisters": "postgres",
    "rsnaedge": "postgres",
    "zlhismidwife": "other",
    "hcp1": "postgres",
    "smartemr": "postgres",
    "ecrviewer": "postgres",
    "l2lis": "postgres",
    "fhirsynapse": "postgres",
    "nhsbreastscreen": "postgres",
    "helios": "postgres",
    "radarreg": "postgres",
    "mosaichgw": "mariadb",
    "aarista": "postgres",
    "x12staging": "other",
    "ndohhub": "postgres",
    "crystalpm": "postgres",
    "hl7store": "mariadb",
    "dwapi": "mariadb",
    "infinx": "postgres",
    "cprdgold": "postgres",
    "hisminsa": "mariadb",
    "discoverydds": "mariadb",
    "escribehost": "postgres",
    "openmrsmods": "mariadb",
    "theraoffice": "postgres",
    "chartwarden": "postgres",
    "radarbase": "postgres",
    "rapidpro": "postgres",
    "mhira": "postgres",
    "pointclickcare": "postgres",
    "ugandalab": "mariadb",
    "msds": "postgres",
    "openeobs": "postgres",
    "ijevitals": "postgres",
    "tronshealth": "postgres",
    "quelledm": "mariadb",
    "zimepms": "mariadb",
    "gestorpsi": "mariadb",
    "myunity": "postgres",
    "primero": "postgres",
    "sanatorio": "postgres",
    "chordsvdw": "other",
    "ggastro": "postgres",
    "carelogic": "other",
    "femr": "mariadb",
    "waclaims": "postgres",
    "odkcentral": "postgres",
    "quarano": "postgres",
    "impulsoprevine": "postgres",
    "cchic": "postgres",
    "intergy": "other",
    "mimbaplus": "postgres",
    "siasus": "postgres",
    "kenyaemrmods": "mariadb",
    "practicefusion": "other",
    "ushauridod": "mariadb",
    "axeium": "other",
    "odontux": "postgres",
    "texaspudf": "postgres",
    "simrsotista": "mariadb",
    "epilepsy12": "other",  # PostGIS geometry: the test server has no PostGIS
    "drcloudehr": "mariadb",
    "sevocity": "postgres",
    "pmhcmds": "postgres",
    "elctcms": "mariadb",
    "digitcrvs": "postgres",
    "aourdr": "mariadb",
    "bimalpath": "postgres",
    "scotslf": "postgres",
    "galeno": "mariadb",
    "drmhope": "mariadb",
    "openmsupply": "postgres",
    "athenaone": "postgres",
    "bcdad": "postgres",
    "pcireg": "postgres",
    "revolutionehr": "postgres",
    "onemedical": "postgres",
    "therapi": "mariadb",
    "picasso": "mariadb",
    "clgeneral": "mariadb",
    "qsuite": "mariadb",
    "junoehr": "other",
    "digitalpulz": "mariadb",
    "oncoemr": "other",
    "nhscds": "postgres",
    "bhtemr": "mariadb",
    "allegiancemd": "mariadb",
    "isalus": "mariadb",
    "modmedema": "mariadb",
    "hsiargentina": "postgres",
    "nwicu": "postgres",
    "ehrserver": "mariadb",
    "ehealthua": "postgres",
    "sedesref": "mariadb",
    "credible": "other",
    "glaceemr": "mariadb",
    "cgmaprima": "other",
    "myavatar": "postgres",
    "nextgen": "other",
    # its keys of two columns (a clinic's number and the site's code), which the facts keep one
    # per column and MariaDB refuses one by one: SQLite only
    "oiart": "other",
    "iknowmed": "other",
    "pcisgold": "other",
    "curemd": "other",
    "greenway": "other",
    "insync": "other",
    "veradigm": "other",
    "alterasunrise": "other",
    "touchworks": "other",
    "hcsemr": "other",
    "ehivendor2": "other",
    "cernerehi": "mariadb",
    "epicclin": "other",
    "ntds": "postgres",
    "apcdcdl": "other",
    "simrscore": "mariadb",
    # eClinicalWorks' dictionary gives many varchars no length, which MariaDB refuses: SQLite
    # only
    "ehivendor": "other",
    "xdsregistry": "postgres",
    "vacdw": "other",
    "seqr": "postgres",
    "kpepimis": "postgres",
    "c2demayo": "mariadb",
    "nhisnsc": "other",
    "kheops": "postgres",
    "pmsi": "postgres",
    # rows wider than MariaDB takes in utf8mb4 (Opal's varchar(10000) links, OASIS's forms of
    # a thousand columns), which their own servers keep in narrower character sets: SQLite only
    "opaldb": "other",
    "oasis": "other",
    "adam": "postgres",
    "nhird": "postgres",
    "sana": "postgres",
    "csds": "postgres",
    # its keys into xwikiproperties are of two columns, which the facts keep one per column and
    # MariaDB refuses one by one: SQLite only
    "phenotips": "other",
    "mhsds": "other",
    "mds3": "mariadb",
    "lovd3": "mariadb",
    "usrds": "postgres",
    "nlims": "mariadb",
    "felicity": "postgres",
    "siaps": "postgres",
    "elcid": "postgres",
    "midwifeemr": "mariadb",
    "dgyaoshi": "mariadb",
    "icuchartua": "postgres",
    "openpathhealth": "postgres",
    "mavis": "postgres",
    "clif": "mariadb",
    "easygp": "postgres",
    "afyapro": "mariadb",
    "camcops": "mariadb",
    "simpleorg": "postgres",
    "hemodialysispro": "postgres",
    "cmportal": "postgres",
    "candig": "postgres",
    "healthmemex": "postgres",
    "srtr": "postgres",
    "nidb": "mariadb",
    "zeprs": "mariadb",
    "myclinic": "mariadb",
    "docare": "mariadb",
    "epicehi": "mariadb",
    "webcert": "mariadb",
    "opentele": "mariadb",
    "idart": "postgres",
    "labbook": "mariadb",
    "ecidade": "postgres",
    "intelis": "mariadb",
    "elementalclinic": "postgres",
    "emmetblue": "mariadb",
    "clinicedc": "mariadb",
    "canvasmed": "postgres",
    "sautiris": "postgres",
    "hcupsid": "other",
    "hmislk": "mariadb",
    "bchealthgateway": "postgres",
    "hhims": "mariadb",
    "llemr": "postgres",
    "connectnhin": "mariadb",
    "loris": "mariadb",
    "amrit": "mariadb",
    "mcmed": "other",
    "ukbiobank": "postgres",
    "renalware": "postgres",
    "webadt": "mariadb",
    "tssrips": "mariadb",
    "ndbjp": "other",
    "msemr": "other",
    "commcarehq": "postgres",
    "optimedpl": "other",
    "cmsbfd": "postgres",
    "snds": "other",
    "dklpr": "other",
    "qlbv": "mariadb",
    "nemsis": "other",
    "nsisflussi": "other",
    "saraalert": "mariadb",
    "lbysvem": "sqlserver",
    "datasus": "mariadb",
    "nbs": "sqlserver",
    # DuckDB's unsigned integers (ubigint, usmallint), which neither server takes
    "hes": "other",
    "winninghdw": "sqlserver",
    # its enum columns name types its facts do not define (as UKRDC's)
    "simplereport": "other",
    "mainzcdw": "postgres",
    "motech": "postgres",
    "mcgh": "mariadb",
    "aicoremed": "postgres",
    "rdrf": "postgres",
    "faersvaers": "mariadb",
    "chinesehis": "mariadb",
    "shineos": "mariadb",
    "aghuse": "postgres",
    "godata": "postgres",
    "sahana": "postgres",
    "canreg5": "other",
    "c4gblis": "mariadb",
    "thai43": "mariadb",
    # its ukrdc_ods_gp_codes.type is of an enum type (gp_type) the facts do not define
    "ukrdc": "other",
    "opendolphin": "postgres",
    "samson": "mariadb",
    # SQL Server's types, which neither local server takes: SQLite only
    "eidss": "sqlserver",
    "rxnt": "sqlserver",
    "nazhastane": "sqlserver",
    "cmhs": "mariadb",
    "infyomhms": "mariadb",
    # a record layout's fields, written as the text they are kept in: SQLite only
    "naaccr": "other",
    "bhima": "mariadb",
    "opde": "mariadb",
    "sparcfulfillment": "mariadb",
    "lamisplus": "postgres",
    "gaiaehr": "mariadb",
    "openemr": "mariadb",
    "openmrs": "mariadb",
    "openhospital": "mariadb",
    "care2x": "mariadb",
    "hapifhir": "mariadb",
    "simgos": "mariadb",
    "khanza": "mariadb",
    "oscar": "mariadb",
    "freemed": "mariadb",
    "openclinicga": "mariadb",
    "clearhealth": "mariadb",
    "openmolar": "mariadb",
    "catissue": "mariadb",
    "openeyes": "mariadb",
    "i2b2": "postgres",
    "eicu": "postgres",
    "amsterdamumcdb": "postgres",
    # PCORnet CDM 4.1's published DDL is written for SQL Server in types MariaDB shares.
    "pcornet": "mariadb",
    "ark": "mariadb",
    "openelis": "postgres",
    "orca": "postgres",
    "gnumed": "postgres",
    "tamanu": "postgres",
    # OpenClinica 2.0.1 declares numeric columns referring to integer (serial) keys, which
    # today's PostgreSQL refuses as foreign keys: its facts load into SQLite only.
    "openclinica": "sqlite",
    "sormas": "postgres",
    "hospitalos": "postgres",
    # openIMIS's SQL Server DDL, written in the types MariaDB shares (as PCORnet's).
    "openimis": "mariadb",
    # Marley Health's DocTypes, as the columns Frappe creates for them in MariaDB.
    "marley": "mariadb",
    "mediboard": "mariadb",
    "openhispeis": "mariadb",
    # Open Dental's table classes, as the MySQL types its CRUD generator gives them.
    "opendental": "mariadb",
    # GNU Health's Tryton models, as the columns Tryton creates for them in PostgreSQL.
    "gnuhealth": "postgres",
    # openMAXIMS's Hibernate-generated schema (PostgreSQL dialect), in the MariaDB types
    # Hibernate's MySQL dialect gives the same mappings (see holdout/SOURCES.md).
    "openmaxims": "mariadb",
    # OpenREM's Django models, as the columns Django creates for them in MySQL/MariaDB.
    "openrem": "mariadb",
    # PIC's PostgreSQL build script, as PostgreSQL creates it (names folded to lower case).
    "pic": "postgres",
    # ETL-Synthea's table script for Synthea 3.3's CSV files (OHDSI SQL, as SqlRender renders
    # it for PostgreSQL).
    "synthea": "postgres",
    # DHIS2's PostgreSQL dump declares an event's location as PostGIS's `geometry`, which the
    # test server lacks: its facts load into SQLite only (as OpenClinica's).
    "dhis": "sqlite",
    # MOVER's EPIC EMR files, as a researcher's Iceberg loader types them (string, long, double,
    # timestamp), in the PostgreSQL types those map to (see holdout/SOURCES.md).
    "mover": "postgres",
    # MIMIC-IV ED's and MIMIC-IV-Note's PostgreSQL build scripts (mimic-code).
    "mimicednote": "postgres",
    # CHITS's module installers are written for MySQL 4 (`timestamp(14)`, `TYPE=InnoDB`): their
    # tables as MySQL/MariaDB creates them (`timestamp`).
    "chits": "mariadb",
    # ERPNext Healthcare's DocTypes (the module before it left ERPNext), as the columns Frappe
    # creates for them in MariaDB (the mapping of Marley Health's).
    "erpnext": "mariadb",
    # The Tuva Project's input layer as its synthetic-data seeds type it for the warehouses it
    # runs on (varchar(255), date, integer, float, datetime), in PostgreSQL's names for them
    # (double precision, timestamp); MariaDB refuses its 105 varchar(255) claim columns in one row.
    "tuva": "postgres",
    # CMS's CCLF files as the Tuva Medicare CCLF connector's seeds load them: every field
    # varchar(255), as raw CCLF files land in a warehouse (PostgreSQL here).
    "cclf": "postgres",
    # KenyaEMR's ETL tables as its DDL procedure creates them in MySQL/MariaDB.
    "kenyaemr": "mariadb",
    # CARE's (Open Healthcare Network) Django models of its `facility` app, as the columns
    # Django creates for them in PostgreSQL (its squashed migration of June 2023).
    "ohccare": "postgres",
    # Medplum's generated PostgreSQL schema (one table per FHIR resource type with its _History
    # and _References tables, the lookup tables), in PostgreSQL's type names (uuid, text[], ...).
    "medplum": "postgres",
    # Avni's PostgreSQL schema as its Flyway migrations leave it (a pg_dump of a migrated test
    # database), timestamps without their (3) precision and the ltree lineage as text.
    "avni": "postgres",
    # OpenSRP server's MyBatis migrations as PostgreSQL creates them; `location` and `structure`
    # keep a PostGIS `geometry`, which the test server lacks: its facts load into SQLite only.
    "opensrp": "sqlite",
    # EHRbase 2.x's `ehr` schema as its Flyway chain leaves it in PostgreSQL (enums as `text`).
    "ehrbase": "postgres",
    # Bahmni's own OpenMRS modules (bahmnicore, appointments, IPD, episodes, bed management),
    # their Liquibase changesets replayed to the columns MariaDB creates (int(11), tinyint(1)).
    "bahmni": "mariadb",
    # OCA vertical-medical's Odoo 10 models (with res.partner), as the columns Odoo's ORM
    # creates for their fields in PostgreSQL (character varying, timestamp without time zone).
    "ocamedical": "postgres",
    # Chikitsa's core install script (createtables.sql with the ALTERs it and insertdata.sql
    # run, version 2.0.6), as MySQL/MariaDB creates its tables (int(11), decimal(11,0)).
    "chikitsa": "mariadb",
    # Orthanc's PostgreSQL index plugin (PrepareIndex.sql, schema revision 11), as PostgreSQL
    # creates it (unquoted names folded to lower case).
    "orthanc": "postgres",
    # Indivo X's Django models (apps indivo and codingsystems) as South's latest frozen state
    # gives them, in the columns Django creates for them in PostgreSQL (varchar(50) keys, serial).
    "indivo": "postgres",
    # NOSH ChartingSystem's Laravel migrations replayed to the columns MariaDB creates from
    # Laravel's schema builder (increments -> int(10) unsigned, string -> varchar(n)).
    "nosh": "mariadb",
    # Elexis's Liquibase changelogs (elexis-3-core, ch.elexis.core.jpa/db) replayed for a fresh
    # MariaDB database: CLOB as longtext, ${blob_type} as longblob, BIGINT as bigint(20).
    "elexis": "mariadb",
    # MedinTux 2.16's MySQL dumps (set_bases DrTuxTest, Comptabilite, QLaboFTP) and the tables its
    # plugins add to DrTuxTest, as MySQL/MariaDB creates them (MyISAM, no declared foreign keys).
    "medintux": "mariadb",
    # CDISC SDTM data sets (pharmaversesdtm with the CDISC pilot's trial design) as a warehouse
    # loading their XPT files types them: character as varchar(200), numeric as double precision.
    "sdtm": "postgres",
    # SICdb 1.0.6's CSV files (ricu's sic.json: every file's columns and readr specs) as the
    # SICdb authors' PostgreSQL loader creates them through pandas (bigint, double precision,
    # text, boolean; the first column the primary key).
    "sicdb": "postgres",
    # HiRID 1.1.1's raw-stage and reference CSV files (ricu's hirid.json: every file's columns
    # and readr specs) in the PostgreSQL types those map to (integer, double precision, text,
    # timestamp without time zone); no key is declared.
    "hirid": "postgres",
    # FDA Sentinel Common Data Model 8.0.0 (SAS data sets) as SAS/ACCESS writes them to PostgreSQL:
    # Char(n) as varchar(n) (unsized where the site sets the length), SAS dates and times as date
    # and time, every other numeric as double precision; no keys (SAS data sets declare none).
    "sentinel": "postgres",
    # OpenMRS 2.x core's Liquibase schema snapshot (liquibase-schema-only-2.9.x.xml) as MariaDB
    # creates it (INT as int(11), BOOLEAN as tinyint(1), CLOB as longtext, CHAR(38) uuids).
    "openmrs2": "mariadb",
    # The TPP (SystmOne) database OpenSAFELY queries, as TPP's own column listing gives it (ehrQL's
    # tests/lib/tpp_schema.csv, from which tests/lib/tpp_schema.py is generated): SQL Server types
    # in PostgreSQL's names (datetime -> timestamp, bit -> boolean, float -> double precision,
    # varbinary -> bytea), since MariaDB refuses ISARIC_New's 891 varchar(1000) columns in one row.
    "opensafely_tpp": "postgres",
    # OpenSAFELY's EMIS tables as ehrQL's hand-written model of them (tests/lib/emis_schema.py)
    # declares them for its Trino backend, in PostgreSQL's names (unsized VARCHAR as character
    # varying, DateTime as timestamp); the model's SQLAlchemy-only _pk column is left out.
    "opensafely_emis": "postgres",
    # OpenEMR's current sql/database.sql (v_database 541, InnoDB, no declared foreign keys), as
    # MariaDB creates it: int as int(11), BOOLEAN as tinyint(1), SERIAL as bigint(20) unsigned.
    "openemr7": "mariadb",
    # Mirth Connect / NextGen Connect 4.5.2: the server's tables (postgres-database.sql) and
    # Donkey's message store for one channel with local id 1 (donkey/donkeydbconf/postgres.xml:
    # d_m1, d_mm1, d_mc1, d_mcm1 with the default SOURCE and TYPE metadata columns, d_ma1,
    # d_ms1), as PostgreSQL creates them (unquoted names folded to lower case).
    "mirth": "postgres",
    # HAPI FHIR JPA server 8.8.0's schema (the project's own snapshot for its migration tests,
    # V8_8_0/schema/MSSQL_2012.sql), in the types HAPI's PostgreSQL dialect creates (bigint,
    # boolean, timestamp without time zone, double precision, oid for LOBs, text for *_VC).
    "hapifhir7": "postgres",
    # Conquest DICOM server's tables as its InitializeTables creates them in MySQL/MariaDB from
    # dicom.sql (revision 19): varchar(n), dates as char(8), int(11), names cut to 10 characters.
    "conquest": "mariadb",
    # Microsoft FHIR Server's SQL schema (Migrations/113.sql, tables only), SQL Server types in
    # MariaDB's names: nvarchar(n) -> varchar(n), (n)varchar(max) -> longtext, varbinary(max) ->
    # longblob, datetime2 and datetimeoffset -> datetime(6), datetime -> datetime(3), bit ->
    # tinyint(1).
    "msfhir": "mariadb",
    # INSPIRE 1.x's six CSV files (PhysioNet) as a PostgreSQL loader types their values: integer
    # ids and minute offsets as bigint, weight, height and results as double precision, strings as
    # text; no key is declared (see holdout/SOURCES.md).
    "inspire": "postgres",
    # LibreClinica's Liquibase changelogs as far as read (OpenClinica 2.5 base tables, the 3.0
    # schema patch, LibreClinica's own protocol-deviation, IRB and regimen changesets), as
    # PostgreSQL creates them (int as integer, VARCHAR as character varying, CLOB as text).
    "libreclinica": "postgres",
    # ClearCanvas ImageServer's ImageServerTables.sql (fresh install), SQL Server types in
    # MariaDB's names: uniqueidentifier -> char(36), (n)varchar(n) -> varchar(n), varchar(max),
    # nvarchar(max) and xml -> longtext, datetime -> datetime, bit -> tinyint(1), smallint ->
    # smallint(6), int -> int(11), decimal kept.
    "clearcanvas": "mariadb",
    # MedShakeEHR base 8.5.0: its 7.1.1 install script (upgrade/base/sqlInstall.sql) with the
    # upgrade scripts to 8.5.0 replayed on MariaDB 10.11 (8.0.0 converts every table to InnoDB
    # and utf8mb4, which turns TEXT into mediumtext), as information_schema reports it; MyISAM
    # then InnoDB, no foreign key declared.
    "medshake": "mariadb",
    # REDCap 15.7.6's install script (Resources/sql/install.sql: every table of a fresh install,
    # redcap_data2..6 and redcap_log_event2..12 included, with the foreign keys it adds at the
    # end), as MySQL/MariaDB creates it (InnoDB, utf8mb4, int(10), enum, mediumtext, longblob).
    "redcap": "mariadb",
    # Open Hospital's current OH_ tables (upstream migrations through step_a117), as MariaDB
    # creates them (a mysqldump of a migrated MariaDB 11.7 database; see holdout/SOURCES.md).
    "openhospital14": "mariadb",
    # PCORnet CDM 6.0's parseable specification (its FIELDS and RELATIONAL sheets, as MITRE's
    # codi-schema keeps them) as that project's Sequel script creates it in PostgreSQL: Text(n) as
    # character varying(n), Text(x) unsized, Date as date, Number as numeric; the primary and
    # composite keys, no foreign keys (the script creates none); names folded to lower case.
    "pcornet6": "postgres",
    # HOSxP (Bangkok Medical Software's hospital system, MariaDB), 22 tables of a hospital's `hos`
    # database as an Entity Framework Core scaffold (Pomelo, MariaDB 10.1.37) declares them:
    # HasColumnType as written, HasMaxLength(n) as varchar(n) (char(n) with IsFixedLength),
    # DateOnly as date, string without a length as longtext, byte[] as longblob; columns in the
    # entity classes' (the database's) order; no foreign key declared (see holdout/SOURCES.md).
    "hosxp": "mariadb",
    # Frappe Health's DocTypes added after the module left ERPNext (service requests,
    # observations, medication requests and administration, nursing tasks, discharge
    # summaries, emergency records, insurance policies and claims...), as the columns Frappe
    # creates for them in MariaDB (the mapping of Marley Health's).
    "frappehealth": "mariadb",
    # e-SUS APS PEC's PostgreSQL database (the Ministry of Health's primary-care EHR) as Django's
    # inspectdb reported a live installation (811 tables: tb_*, rl_*, ta_*/tl_* audit copies,
    # the tb_dim_*/tb_fat_* warehouse), in the PostgreSQL types inspectdb's fields stand for
    # (BigIntegerField -> bigint, CharField(n) -> character varying(n), DateTimeField ->
    # timestamp without time zone, FloatField -> double precision, BinaryField -> bytea).
    "esus": "postgres",
    # CPRD Aurum (the UK GP research database from EMIS practices) as the Oxford
    # pharmacoepidemiology group's OMOP ETL (oxford-pharmacoepi/etl_ndorms) creates its source
    # tables in PostgreSQL: the eight data files and the lookups, int as integer, varchar(n) as
    # character varying(n); primary keys from its pk scripts, no foreign keys declared.
    "cprd_aurum": "postgres",
    # dcm4chee 2.x's MySQL create script (dcm4jboss-ejb/src/etc/mysql/sql/create.mysql, 2.19.x
    # trunk: the 2.18 tables plus files.orig_md5), as MariaDB creates it: BIGINT as bigint(20),
    # INTEGER as int(11), VARCHAR(250) BINARY as varchar(250), BIT as bit(1), LONGBLOB, DATETIME;
    # keys and foreign keys as the script declares them (prefix unique indexes as unique).
    "dcm4chee2": "mariadb",
    # VistA's FileMan files as YottaDB Octo's SQL projection declares them (Octo's test fixture
    # vista-mini.sql: ORDER #100 and its ORDER ACTIONS multiple, ORDER STATUS, DISPLAY GROUP, NEW
    # PERSON #200, PATIENT #2), in PostgreSQL's names: CHARACTER(n) as character(n), INTEGER
    # (pointers and FileMan's numeric dates too) as integer, NUMERIC as numeric; names as declared.
    "vista": "postgres",
    # Caisis 7.0 (Memorial Sloan Kettering's cancer research patient data system, SQL Server):
    # the Patients table and the 24 clinical and admin tables whose whole definition its 6.0-to-7.0
    # upgrade scripts re-create, with their trigger-filled AuditLog_ copies (see
    # holdout/SOURCES.md), SQL Server types in MariaDB's names: varchar(n) kept, int -> int(11),
    # bit -> tinyint(1), datetime kept; foreign keys only where the table referred to is here.
    "caisis": "mariadb",
    # SanteDB's core PostgreSQL install script (SanteDB.Persistence.Data/SQL/PSQL/santedb-ddl.sql,
    # feature Initialize:001-01; the later update scripts not replayed), as PostgreSQL creates it:
    # names folded to lower case, VARCHAR(n) as character varying(n), TIMESTAMPTZ as timestamp
    # with time zone, INT as integer, NUMERIC(20) as numeric(20,0), DECIMAL as numeric, FLOAT as
    # double precision; unique indexes on one column (lower(name) ones included) as unique.
    "santedb": "postgres",
    # cBioPortal's MySQL schema (src/main/resources/db-scripts/cgds.sql, DB_SCHEMA_VERSION 2.14.5),
    # as MariaDB creates it: INT as int(11), BIGINT as bigint(20), TINYINT as tinyint(4), BOOLEAN
    # as tinyint(1), JSON as longtext, ENUM kept; keys and foreign keys as the script declares them.
    "cbioportal": "mariadb",
    # eTB Manager 3's Liquibase changelog ini-database.xml (MSH/eTBManager3) with its MySQL
    # properties substituted: UUID keys as BINARY(16), text as LONGTEXT, booleans as BIT, floats
    # as DOUBLE, datetimes as DATETIME; the primary and foreign keys its changesets add.
    "etbmanager": "mariadb",
    # FreeHealth EHR (FreeMedForms) as its plugins create their MySQL databases: the patients,
    # alerts and category tables from the plugins' baseline dumps, the others from the fields
    # each plugin declares to Utils::Database, in the MySQL types its getTypeOfField() gives
    # (UUID varchar(32), short text varchar(200), long text varchar(2000), boolean int(1),
    # integer int(11), primary key int(10) unsigned, blob longblob, real double).
    "freehealth": "mariadb",
    # kishan0725/Hospital-Management-System's phpMyAdmin dump (myhmsdb.sql, MariaDB 10.1, March
    # 2020): its six tables as the dump creates them (int(11), varchar(n), text, date, time), the
    # two primary keys its ALTER TABLE lines add; no foreign key declared.
    "kishanhms": "mariadb",
    # jasonsarino/hms (a CodeIgniter hospital management system: OPD/IPD, nursing, billing) as
    # its phpMyAdmin dump hms.sql creates it (MariaDB 10.4, MyISAM: int(11), float(11,2),
    # varchar(n), text, tinytext, datetime, timestamp), the primary keys its ALTER TABLE lines
    # add; no foreign key declared.
    "sarinohms": "mariadb",
    # iSanté (I-TECH's Haitian HIV/primary-care EMR, PHP on MySQL) as its create script
    # support/schema-tables.sql (schema version 44) declares its operational tables (InnoDB,
    # int unsigned, char(2) date parts, longtext), without the dw_* report warehouse and the
    # two quality-indicator tables; composite primary keys, no foreign key declared.
    "isante": "mariadb",
    # XNAT's core data types (xnat.xsd of NrgXnat/xnat-web and the user of security.xsd) as its
    # XFT layer generates their PostgreSQL tables: one table per data type, flattened nested
    # elements, <type>_info links to the _meta_data tables, serial keys; XFT's type map
    # (string varchar(255) or varchar(maxLength), boolean integer, float/double float, dateTime
    # timestamp, LONGVARCHAR text, jsonb). A transcription, not a dump; see holdout/SOURCES.md.
    "xnat": "postgres",
    # OpenClinic (jact/openclinic, the Spanish PHP/MySQL medical records system, 0.8.x) as its
    # install/sql/*_tbl.sql scripts create it (unchanged from January 2013 through 0.8.2):
    # INT/TINYINT/SMALLINT UNSIGNED, VARCHAR(n), TEXT, DATE, DATETIME, ENUM, lower-cased; the
    # primary keys (three composite) and the foreign keys the scripts declare.
    "openclinicjact": "mariadb",
    # CabinetMed (DoliMed), the medical-practice module of the Dolibarr ERP/CRM (DoliCloud/
    # DoliMods htdocs/cabinetmed/sql): its ten llx_cabinetmed_* tables as the module's scripts
    # create them (integer, smallint, tinyint, real, double, double(24,8), varchar(n), text,
    # date, datetime, timestamp); the rowid primary keys; the consultation's foreign key to
    # Dolibarr's llx_societe (outside the module) left out.
    "cabinetmed": "mariadb",
    # LabKey Server's EHR module (primate-centre colony records): the ehr and ehr_lookups tables
    # as its consolidated PostgreSQL scripts (EHR-0.00-15.30, EHR_Lookups-0.00-15.30) leave them,
    # replayed on PostgreSQL (names folded to lower case; LabKey's ENTITYID and USERID domains as
    # character varying(36) and integer), with the reference study's datasets as declared in its
    # datasets_metadata.xml (see holdout/SOURCES.md).
    "labkeyehr": "postgres",
    # OpenBoxes's install baseline grails-app/migrations/install/baseline.sql (a mysqldump of the
    # openboxes_dev database, MySQL 5.5.27, 11 October 2012): its 74 tables as the dump creates
    # them (char(38) uuid keys, bigint(20), int(11), bit(1), float(12,n), varchar(255), datetime,
    # text, longtext, blobs), with the primary, single-column unique and foreign keys it declares.
    "openboxes": "mariadb",
    # C3PR v2's baseline PostgreSQL database (bering 001_construction_iteration4): the 26 tables
    # of c3prv2_create_ddl.sql and the 12 CSM tables of csm/1_AuthSchema_create.sql as they
    # declare them (bigint, integer, varchar(n), timestamp, boolean, decimal), names folded to
    # lower case, with their primary, single-column unique and foreign keys.
    "c3pr": "postgres",
    # OpenSpecimen (Krishagni's biobank LIMS): the 41 tables of its current Hibernate mappings
    # (hbm.xml) for participants, registrations, consents, visits, specimens, staging, requests,
    # orders and shipments, typed as Hibernate's MySQL dialect maps the Java fields (bigint,
    # varchar(255), integer, bit, datetime, date, decimal(19,2)); see holdout/SOURCES.md.
    "openspecimen": "mariadb",
    # OpenEMPI 2.2 (the Rwanda RHEA build): its 35 Hibernate entities in core/model, as Hibernate's
    # PostgreSQL dialect creates them (String as varchar(length, 255 by default), Integer/int as
    # integer, Long as bigint, Double as double precision, Boolean as boolean, char as character(1),
    # TIMESTAMP as timestamp without time zone, DATE as date), with the join tables.
    "openempi": "postgres",
    # IBM / LinuxForHealth FHIR Server 5.x persistence schema (fhir-persistence-schema's
    # FhirSchemaGenerator and FhirResourceTableGroup, schema version V0031) as its PostgreSQL
    # build creates it: the shared FHIRDATA tables and the per-resource tables of ten resource
    # types (Condition, DiagnosticReport, Encounter, Location, MedicationRequest, Observation,
    # Organization, Patient, Practitioner, RelatedPerson); PostgresAdapter's types (bigint, int,
    # varchar(n), char(1), timestamp, bytea, double precision); views left out.
    "ibmfhir": "postgres",
    # Almighty Consulting's ACS HMS for Odoo 16 (acs_hms_base and acs_hms as one clinic deployed
    # them, with res.partner), as the columns Odoo's ORM creates in PostgreSQL (character varying,
    # jsonb for translated names, timestamp without time zone).
    "acshms": "postgres",
    # GoTHoMIS (Government of Tanzania Hospital Management Information System, Laravel 5.4 on
    # MySQL; JorgeNkana/gothomis): its base migrations through 2017-03-08 (99 tables) replayed to
    # the columns Laravel's MySQL grammar creates (increments -> int(10) unsigned, string ->
    # varchar(n), float -> double(8,2), boolean -> tinyint(1), timestamps -> timestamp), with the
    # foreign keys they declare; later migrations and sql_updates not applied (see
    # holdout/SOURCES.md).
    "gothomis": "mariadb",
    # iBLIS (ilabafrica/BLIS, Kenya's Laravel build of C4G's Basic Laboratory Information System):
    # the phpMyAdmin dump iblis.sql of a MariaDB 10.1 database (Nov 2016, 54 tables), its declared
    # types, primary keys, single-column unique keys and foreign keys as the dump gives them.
    "iblis": "mariadb",
    # BloodBank (rasterwebapps/BloodBank, a blood-bank management system): its Flyway migrations
    # V1-V19 on PostgreSQL (88 tables), in PostgreSQL's names for the declared types (uuid,
    # character varying(n), timestamp with time zone, numeric(p,s), integer).
    "bloodbank": "postgres",
    # Danphe EMR (Nepal's open-source hospital system, ASP.NET on SQL Server): 23 tables of its
    # Entity Framework 6 models (patient, visits, ADT, lab, billing, employee) as EF6 maps them to
    # SQL Server, in MariaDB's names: string -> longtext, int -> int(11), Int64 -> bigint(20),
    # bool -> tinyint(1), DateTime -> datetime, TimeSpan -> time, double -> double, decimal ->
    # decimal(18,2); foreign keys only as the models declare them (see holdout/SOURCES.md).
    "danphe": "mariadb",
    # Ascribe (EMIS Health) hospital Pharmacy 10.23.01, its reporting database's table scripts
    # (Pharmacy/Reporting/Table Scripts), SQL Server types in MariaDB's names: int -> int(11),
    # (n)varchar(max) -> longtext, bit -> tinyint(1), float -> double, real -> float, money ->
    # decimal(19,4), uniqueidentifier -> char(36), timestamp (rowversion) -> binary(8).
    "ascribe": "mariadb",
    # Medwork (a Russian commercial MIS) as the Krasnoyarsk regional skin-venereal dispensary ran
    # it on SQL Server: the tables its SSDT project Medwork.sqlproj builds, without the two
    # dermatology visit forms, with Dept, DeptType and NapravlenieDeleteLog (Aledever4i/KKKVDSQL),
    # SQL Server types in MariaDB's names: int -> int(11), smallint -> smallint(6), tinyint ->
    # tinyint(3) unsigned, bit -> tinyint(1), (n)varchar(n) -> varchar(n), (n)varchar(max),
    # (n)text and xml -> longtext, money -> decimal(19,4), float(53) -> double, decimal ->
    # decimal(18,0), uniqueidentifier -> char(36), image -> longblob, rowversion -> binary(8),
    # sysname -> varchar(128); two computed columns as int(11) (see holdout/SOURCES.md).
    "medwork": "mariadb",
    # RAPTOR's (the VA's Radiology Protocol Tool Recorder) own raptor_* and simplerulesengine_*
    # tables from its MySQL 5.6 dump provision/raptor_tables.sql (VHAINNOVATIONS/RAPTOR), as
    # MySQL wrote them (int(10) unsigned, varchar(n), datetime; no foreign keys declared).
    "raptor": "mariadb",
    # Bsoft PHIS 2.3 (a Chinese primary-care HIS): 20 outpatient and inpatient tables of its
    # Hibernate hbm.xml mappings (rw-bsoft/his), typed as Hibernate's MySQL dialect creates them:
    # String(n) -> varchar(n) (255 unsized), Long -> bigint, Integer -> integer, Double -> double
    # precision, date -> date, timestamp -> datetime; ids and composite ids pk, no foreign keys.
    "bsoftphis": "mariadb",
    # NPA EMR's Django models (patients, consultation, nursing, wards, laboratory, appointments,
    # accounts, organization), as the columns Django creates for them in PostgreSQL.
    "npaemr": "postgres",
    # SIL 2 (andes/SIL2, the laboratory information system of Neuquén's public hospitals, ASP.NET
    # on SQL Server): the 87 tables of its 88 stored NHibernate hbm.xml mappings, as
    # MsSql2005Dialect creates them, in MariaDB's names: Int32 -> int(11), String(n) -> varchar(n)
    # (255 when unsized, longtext past 4000), Boolean -> tinyint(1), DateTime -> datetime, Decimal
    # -> decimal(19,5), Double -> double; many-to-one as int(11) foreign keys where the mapped
    # class's table is here (see holdout/SOURCES.md).
    "sil": "mariadb",
    # IQCare's Green Card tables (Kenya's HIV care EMR), SQL Server DDL in MariaDB's names:
    # int -> int(11), bit -> tinyint(1), (n)varchar(n) -> varchar(n), (n)varchar(max), text and
    # xml -> longtext, varbinary(max) -> longblob, datetime2(7) -> datetime(6), timestamp ->
    # binary(8); the computed BMI as decimal(38,6) (see holdout/SOURCES.md).
    "iqcare": "mariadb",
}

_CREATE = re.compile(r"create\s+table\s+(\w+)\s*\((.*)\)\s*$", re.I | re.S)
_PRIMARY = re.compile(r"alter\s+table\s+(\w+)\s+add\s+primary\s+key\s*\(([^)]*)\)", re.I)
_FOREIGN = re.compile(
    r"alter\s+table\s+(\w+)\s+add\s+foreign\s+key\s*\((\w+)\)\s+references\s+(\w+)\s*\((\w+)\)",
    re.I,
)


@dataclass(frozen=True)
class Label:
    """One column's hand-made label: PHI or not, and its HIPAA Safe Harbor class."""

    schema: str
    table: str
    column: str
    phi: bool
    hipaa_class: str


def _parse(path: Path) -> tuple[list[str], list[str]]:
    """The schema's CREATE TABLE statements with their primary keys folded in, and its
    foreign keys as ``ALTER TABLE ... ADD FOREIGN KEY`` statements."""
    bodies: dict[str, str] = {}
    primary: dict[str, list[str]] = {}
    foreign: list[tuple[str, str]] = []
    text = "\n".join(
        line for line in path.read_text().splitlines() if not line.lstrip().startswith("--")
    )
    for statement in (s.strip() for s in text.split(";")):
        if not statement:
            continue
        if created := _CREATE.match(statement):
            bodies[created.group(1)] = created.group(2).strip()
        elif found := _PRIMARY.match(statement):
            primary.setdefault(found.group(1), []).append(f"PRIMARY KEY ({found.group(2)})")
        elif found := _FOREIGN.match(statement):
            table, column, target, referred = found.groups()
            foreign.append((table, f"FOREIGN KEY ({column}) REFERENCES {target} ({referred})"))
        else:
            raise ValueError(f"{path}: a statement the loader does not know: {statement[:60]}")
    creates = [
        f"CREATE TABLE {name} ({', '.join([body, *primary.get(name, [])])})"
        for name, body in bodies.items()
    ]
    return creates, [f"ALTER TABLE {table} ADD {key}" for table, key in foreign]


def holdout_columns(schema: str) -> list[dict[str, str]]:
    """The hold-out schema's facts, one row per column (table, column, type, key, references),
    in order."""
    with (HOLDOUT / schema / "columns.csv").open(newline="") as handle:
        return list(csv.DictReader(handle))


def _holdout_tables(schema: str, dialect: str) -> tuple[list[str], list[str]]:
    """The hold-out schema's CREATE TABLE statements (keys inline) and its foreign keys as
    ``ALTER TABLE`` statements, rebuilt from its facts. Identifiers are quoted (``date``,
    ``range``, ``table`` are column names there); for SQLite, MySQL's ``unsigned`` and integer
    display widths (``int(11)``) are dropped, an ``enum`` becomes the VARCHAR its longest
    value fits, a ``set`` the VARCHAR all its values joined fit, and a sized blob
    (``longblob``) a ``blob``."""
    tables: dict[str, list[dict[str, str]]] = {}
    for row in holdout_columns(schema):
        tables.setdefault(row["table"], []).append(row)
    creates, alters = [], []
    # MariaDB refers only to indexed columns: a dump's plain index on the referred column (not
    # a fact kept here) is made again before the key that needs it
    keyed = {(t, row["column"]) for t, rows in tables.items() for row in rows if row["key"]}
    indexed: set[tuple[str, str]] = set()
    for table, rows in tables.items():
        parts = [
            f'"{row["column"]}" {_column_type(row["type"], dialect, HOLDOUT_SERVER.get(schema))}'
            for row in rows
        ]
        if primary := [f'"{row["column"]}"' for row in rows if row["key"] == "pk"]:
            parts.append(f"PRIMARY KEY ({', '.join(primary)})")
        parts += [f'UNIQUE ("{row["column"]}")' for row in rows if row["key"] == "unique"]
        for row in (row for row in rows if row["references"]):
            target, referred = row["references"].rsplit(".", 1)
            key = f'FOREIGN KEY ("{row["column"]}") REFERENCES "{target}" ("{referred}")'
            if dialect == "sqlite":
                parts.append(key)
                continue
            if target not in tables:
                continue  # a key to a table the subset left out: no server takes it
            if (
                dialect == "mariadb"
                and target in tables
                and (target, referred) not in keyed | indexed
            ):
                alters.append(f'ALTER TABLE "{target}" ADD INDEX ("{referred}")')
                indexed.add((target, referred))
            alters.append(f'ALTER TABLE "{table}" ADD {key}')
        creates.append(f'CREATE TABLE "{table}" ({", ".join(parts)})')
    return creates, alters


# PostgreSQL's types SQLite's type affinity reads as NUMERIC, written as SQLite would keep them,
# so that a PostgreSQL schema loaded into SQLite keeps its timestamps, keys and names.
_SQLITE_NAMES = (
    (re.compile(r"^timestamp(\(\d\))?(tz| with(out)? time zone)$", re.I), "timestamp"),
    (re.compile(r"^time(\(\d\))?(tz| with(out)? time zone)$", re.I), "time"),
    (re.compile(r"^(small|big)?serial$", re.I), "integer"),
    (re.compile(r"^name$", re.I), "varchar(63)"),
    (re.compile(r"^bytea$", re.I), "blob"),
    # a range of times, which SQLite's type affinity would read as NUMERIC
    (re.compile(r"^ts(tz)?range$", re.I), "timestamp"),
    (re.compile(r"^daterange$", re.I), "date"),
    # SQL Server's, which SQLite's type affinity would read as NUMERIC or refuse (``(max)``):
    # the types a migration off SQL Server writes for the same data
    (re.compile(r"^n?varchar\(max\)$|^ntext$|^sql_variant$", re.I), "text"),
    (re.compile(r"^varbinary\((max|\d+)\)$|^image$", re.I), "blob"),
    (re.compile(r"^uniqueidentifier$", re.I), "char(36)"),
    (re.compile(r"^bit$", re.I), "boolean"),
    (re.compile(r"^(smalldatetime|datetime2|datetimeoffset)(\(\d+\))?$", re.I), "datetime"),
    (re.compile(r"^(small)?money$", re.I), "decimal(19,4)"),
    # Snowflake's times (NHS England's Data Lake), which SQLite's type affinity would read as
    # NUMERIC: a scan of Snowflake itself reports TIMESTAMP_NTZ, a time
    (re.compile(r"^timestamp_(ntz|ltz|tz)(\(\d\))?$", re.I), "timestamp"),
    # the bare STRING of Hive, Spark, BigQuery and the data dictionaries written after them
    # (Qualifacts' export), which SQLite's type affinity would read as NUMERIC: a scan of such
    # a store reports STRING, a text
    (re.compile(r"^string$", re.I), "text"),
    # Progress OpenEdge's time with its zone (Greenway Intergy's), which SQLite cannot parse
    (re.compile(r"^datetime-tz$", re.I), "timestamp"),
    # a computed column declares no type: SQLite takes the column without one
    (re.compile(r"^computed$", re.I), ""),
)


def _column_type(declared: str, dialect: str, server: str | None) -> str:
    if dialect != "sqlite":
        return declared
    if server == "sqlserver" and declared.strip().lower() == "timestamp":
        return "blob"  # SQL Server's timestamp is its row version (binary(8)), not a time
    declared = declared.strip().removesuffix("?")  # .NET's nullable value type (Guid?)
    # Oracle's length semantics (VARCHAR2(64 CHAR)), which SQLite cannot parse: a scan of
    # Oracle itself reports the length alone
    declared = re.sub(r"\((\d+)\s+(char|byte)\)", r"(\1)", declared, flags=re.I)
    for pattern, kept in _SQLITE_NAMES:
        if pattern.match(declared.strip()):
            return kept
    if declared.lower().startswith("enum("):
        longest = max(len(value) for value in re.findall(r"'([^']*)'", declared))
        return f"varchar({longest})"
    if declared.lower().startswith("set("):  # any combination of the values, comma-separated
        values = re.findall(r"'([^']*)'", declared)
        return f"varchar({sum(map(len, values)) + len(values) - 1})"
    if sized_array := re.fullmatch(r"([a-z ]+)\([\d, ]+\)\[\]", declared.strip(), flags=re.I):
        return f"{sized_array.group(1)}[]"  # SQLite takes no size before `[]` (varchar(100)[])
    if re.fullmatch(r"(geometry|geography)\(.*\)", declared.strip(), flags=re.I):
        return declared.split("(")[0]  # PostGIS's subtype and SRID: SQLite parses neither
    if re.fullmatch(r"(tiny|medium|long)blob", declared, flags=re.I):
        return "blob"  # SQLite reflects MySQL's sized blobs as of no type at all
    declared = re.sub(r"\s+unsigned\b", "", declared, flags=re.I)
    return re.sub(r"^(\w*int)\(\d+\)", r"\1", declared, flags=re.I)


def sqlite_ddl(path: Path) -> list[str]:
    """The schema's CREATE TABLE statements with its ALTER TABLE keys folded in (SQLite takes
    no ALTER TABLE ... ADD CONSTRAINT)."""
    creates, alters = _parse(path)
    keys: dict[str, list[str]] = {}
    for alter in alters:
        table, _, key = alter.removeprefix("ALTER TABLE ").partition(" ADD ")
        keys.setdefault(table, []).append(key)
    return [
        f"{create[:-1]}, {', '.join(keys[name])})" if name in keys else create
        for create in creates
        for name in [create.split()[2]]
    ]


@contextmanager
def sqlite_database(schema: str, folded: bool = False) -> Iterator[Path]:
    """A temporary SQLite file holding the schema's tables (no rows), removed afterwards;
    ``folded``: every name in lower case, as PostgreSQL keeps the names of DDL written without
    quotes (``CREATE TABLE tblPatient`` makes ``tblpatient``), and as pgloader migrates MySQL."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{schema}.sqlite"
        connection = sqlite3.connect(path)
        try:
            statements = (
                _holdout_tables(schema, "sqlite")[0]
                if schema in HOLDOUTS
                else sqlite_ddl(HERE / schema / "ddl.sql")
            )
            for statement in statements:
                connection.execute(statement.lower() if folded else statement)
            connection.commit()
        finally:
            connection.close()
        yield path


@contextmanager
def server_database(schema: str, server: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    """The schema's tables created in a fresh PostgreSQL schema or MariaDB database on the
    local test servers (see tests/connectors/database/conftest.py), dropped afterwards; yields
    the URL to scan and the schemas to give the connector."""
    import uuid

    from sqlalchemy import create_engine, text

    name = f"devset_{schema}_{uuid.uuid4().hex[:8]}"
    if not loads_on(schema, server):
        raise ValueError(f"{schema} keeps {HOLDOUT_SERVER[schema]}'s types: load it there")
    creates, alters = (
        _holdout_tables(schema, server) if schema in HOLDOUTS else _parse(HERE / schema / "ddl.sql")
    )
    statements = creates + alters  # every table first: a key may refer to a later one
    if server == "postgres":
        admin = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
        engine = create_engine(admin)
        with engine.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{name}"'))
            connection.execute(text(f'SET LOCAL search_path TO "{name}"'))
            for statement in statements:
                connection.execute(text(statement))
        try:
            yield admin, (name,)
        finally:
            with engine.begin() as connection:
                connection.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
            engine.dispose()
    else:
        engine = create_engine("mysql+pymysql://root@127.0.0.1:3306/")
        # MariaDB commits each DDL statement: a table it refuses must not leave the database.
        try:
            with engine.begin() as connection:
                connection.execute(text(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4"))
                connection.execute(text(f"USE `{name}`"))
                connection.execute(text("SET SESSION sql_mode = 'ANSI_QUOTES'"))
                connection.execute(text("SET foreign_key_checks = 0"))
                # OpenMolar's chart tables were written for 3-byte utf8: in utf8mb4 their
                # VARCHARs exceed the row size InnoDB's strict mode checks at CREATE TABLE.
                connection.execute(text("SET SESSION innodb_strict_mode = OFF"))
                for statement in statements:
                    connection.execute(text(_mariadb(statement)))
            yield f"mysql+pymysql://root@127.0.0.1:3306/{name}", ()
        finally:
            with engine.begin() as connection:
                connection.execute(text(f"DROP DATABASE IF EXISTS `{name}`"))
            engine.dispose()


def loads_on(schema: str, server: str) -> bool:
    """Whether the schema's DDL or facts can be loaded into that server (or SQLite)."""
    return server == "sqlite" or HOLDOUT_SERVER.get(schema, server) == server


def _mariadb(statement: str) -> str:
    """PostgreSQL types MariaDB does not know, as the ones it uses for the same data."""
    return re.sub(r"\bbytea\b", "LONGBLOB", statement, flags=re.I)


def labels(holdout: bool = False) -> list[Label]:
    """Every labelled column of the development set (or of the hold-outs)."""
    return [label for schema in _labelled(holdout).values() for label in schema]


def schema_labels(schema: str) -> tuple[Label, ...]:
    """The labelled columns of one schema, in its order."""
    return _labelled(schema in HOLDOUTS).get(schema, ())


@functools.cache
def _labelled(holdout: bool) -> dict[str, tuple[Label, ...]]:
    # read once a process: the hold-outs' file has over 100,000 rows, and each schema's scoring
    # and learning asks for its own
    by_schema: dict[str, list[Label]] = {}
    with (HOLDOUT / "phi_labels.csv" if holdout else LABELS).open(newline="") as handle:
        for row in csv.DictReader(handle):
            by_schema.setdefault(row["schema"], []).append(
                Label(
                    row["schema"], row["table"], row["column"], row["label"] == "phi", row["class"]
                )
            )
    return {schema: tuple(rows) for schema, rows in by_schema.items()}


@dataclass(frozen=True)
class Score:
    """Counts of one comparison of detected against labelled PHI columns."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Share of flagged columns that are PHI."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of PHI columns flagged."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> Score:
        """This score with more counts."""
        return Score(self.tp + tp, self.fp + fp, self.fn + fn)


def detected_phi(
    schema: str, server: str = "sqlite", folded: bool = False
) -> dict[tuple[str, str], tuple[str, ...]]:
    """(table, column) in lower case -> PHI classes the scan marks, for the schema loaded into
    SQLite (or the local ``postgres`` / ``mariadb`` test server); ``folded``: see
    :func:`sqlite_database`."""
    from assessor.connectors.database import DatabaseConnector

    if server == "sqlite":
        with sqlite_database(schema, folded) as path:
            store = DatabaseConnector().scan(str(path)).stores[0]
    else:
        with server_database(schema, server) as (url, schemas):
            store = DatabaseConnector(schemas=schemas).scan(url).stores[0]
    return {
        (table.name.lower(), column.name.lower()): tuple(m.phi_class.value for m in column.phi)
        for table in store.tables
        for column in table.columns
    }


def score_schema(
    schema: str, server: str = "sqlite", folded: bool = False
) -> tuple[Score, dict[str, Score], list[str]]:
    """The binary score, the score per labelled class, and each miss as ``FP/FN table.column``.

    A column counts for a class when it is labelled with it (recall) or marked with it
    (precision); the binary score asks only whether a column is PHI at all. ``folded``: every
    name in lower case (see :func:`sqlite_database`).
    """
    found = detected_phi(schema, server, folded)
    overall, per_class, misses = Score(), {}, []
    for label in schema_labels(schema):
        marked = found.get((label.table.lower(), label.column.lower()), ())
        flagged = bool(marked)
        where = f"{label.table}.{label.column}"
        if label.phi and flagged:
            overall = overall.add(tp=1)
        elif label.phi:
            overall = overall.add(fn=1)
            misses.append(f"FN {where} ({label.hipaa_class})")
        elif flagged:
            overall = overall.add(fp=1)
            misses.append(f"FP {where} ({', '.join(marked)})")
        classes = {label.hipaa_class} if label.phi else set()
        for phi_class in classes | set(marked):
            hit = phi_class in classes and phi_class in marked
            per_class[phi_class] = per_class.get(phi_class, Score()).add(
                tp=int(hit),
                fp=int(phi_class in marked and phi_class not in classes),
                fn=int(phi_class in classes and phi_class not in marked),
            )
    return overall, per_class, misses


@functools.cache
def reflected(schema: str) -> tuple[TableProfile, ...]:
    """The schema's tables as a scan reflects them from SQLite (the connector's own reflection,
    in the scan's order), before keys are implied or columns marked. Kept for the process: the
    learning samples and the check that every labelled column is reflected read the same."""
    from sqlalchemy import create_engine

    from assessor.connectors.database.reflection import reflect_schema

    with sqlite_database(schema) as path:
        engine = create_engine(f"sqlite:///{path}")
        try:
            with engine.connect() as connection:
                tables = reflect_schema(connection, None).tables
        finally:
            engine.dispose()
    return tuple(sorted(tables, key=lambda table: (table.schema or "", table.name)))


def table_samples(schemas: Iterable[str]) -> list[TableSample]:
    """Every table of the schemas with a labelled column as :mod:`.table_learned` reads it:
    reflected and linked by the rules (no model), holding patients' rows when a column of it is
    labelled PHI. In schema and table order."""
    from assessor.connectors.database.context import linkage
    from assessor.connectors.database.phi_calendar import calendars
    from assessor.connectors.database.relationships import infer_relationships
    from assessor.connectors.database.table_learned import TableSample, schema_features

    samples = []
    for schema in schemas:
        labelled: dict[str, bool] = {}
        for label in schema_labels(schema):
            table = label.table.lower()
            labelled[table] = labelled.get(table, False) or label.phi
        tables = list(reflected(schema))
        implied = infer_relationships(tables)
        roles, paths = linkage(tables, implied, calendars(tables))
        features = schema_features(tables, roles, paths, implied)
        samples += [
            TableSample(schema, features[table.qualified_name], labelled[table.name.lower()])
            for table in tables
            if table.name.lower() in labelled
        ]
    return samples


def learning_samples(schemas: Iterable[str], table_model: TableModel | None = None) -> list[Sample]:
    """Every labelled column of the schemas as :mod:`.phi_learned` reads it: loaded into SQLite,
    reflected, linked (the tables ``table_model`` lifts linked, see :mod:`.table_learned`; none
    without it) and marked by the rules as a scan does (names, types and keys, no rows), with
    its label. In schema, table and column order."""
    from assessor.connectors.database.context import linkage
    from assessor.connectors.database.phi import has_address, mark_table, plain_columns
    from assessor.connectors.database.phi_calendar import calendars
    from assessor.connectors.database.phi_learned import Sample, column_features
    from assessor.connectors.database.relationships import infer_relationships
    from assessor.connectors.database.table_learned import lift

    samples = []
    for schema in schemas:
        labelled = {
            (label.table.lower(), label.column.lower()): label for label in schema_labels(schema)
        }
        tables = list(reflected(schema))
        implied = infer_relationships(tables)
        days = calendars(tables)
        roles, paths = linkage(tables, implied, days)
        if table_model is not None:
            roles, paths = lift(tables, roles, paths, implied, table_model)
        for table in tables:
            key = table.qualified_name
            keys = implied.get(key, ())
            marked = mark_table(
                table, roles[key], None, paths.get(key, ()), learned=False, implied=keys, days=days
            )
            keyed = {name.lower() for name in table.primary_key}
            referring = {name.lower() for fk in table.foreign_keys for name in fk.columns}
            plain = plain_columns(table, roles[key], paths.get(key, ()), keys)
            addressed = has_address(table, roles[key])
            for column in marked.columns:
                label = labelled.get((table.name.lower(), column.name.lower()))
                if label is None:
                    continue
                features = column_features(
                    column,
                    roles[key],
                    len(paths.get(key, ())),
                    column.name.lower() in keyed,
                    column.name.lower() in referring,
                    column.phi,
                )
                asked = roles[key] not in ("staff", "reference") and column.name not in plain
                samples.append(
                    Sample(schema, features, label.phi, label.hipaa_class, asked, addressed)
                )
    return samples
