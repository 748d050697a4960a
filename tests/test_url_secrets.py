"""A password in a URL never shows, whatever it holds and whatever the URL's shape: not in the
masked URL, the inventory, stderr or an error record, and no host is made from it."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from assessor.cli import main
from assessor.masking import mask_text, mask_url

# Two halves no URL, host or message holds by chance; between them, what breaks a naive mask.
HEAD, TAIL = "Zq7kR", "Wv3xM"
JOINS = {
    "space": " ",
    "tab": "\t",
    "at": "@",
    "colon": ":",
    "slash": "/",
    "percent": "%",
    "unicode": "é€",
    "encoded-at": "%40",
    "question": "?",
    "hash": "#",
    "everything": "@ :/%\t@",
}
PG = "postgresql+psycopg://lis:{pw}@127.0.0.1:9/lis"
SHAPES = [
    *[("db", PG, join) for join in JOINS],
    ("db", "mysql+pymysql://lis:{pw}@127.0.0.1:9/lis?charset=utf8mb4", "at"),
    ("db", "mysql+pymysql://lis:{pw}@127.0.0.1:9/lis", "space"),
    ("db", "mysql+pymysql://lis:{pw}@127.0.0.1:9/lis", "slash"),
    ("db", "postgresql://lis:{pw}@127.0.0.1:9/lis", "tab"),
    ("db", "mssql+pyodbc://sa:{pw}@127.0.0.1:9/lis?driver=ODBC+Driver+18", "at"),
    ("db", "mssql+pyodbc://sa:{pw}@127.0.0.1:9/lis?driver=ODBC+Driver+18", "colon"),
    ("db", "oracle+oracledb://lis:{pw}@127.0.0.1:9/?service_name=LIS", "everything"),
    ("db", "postgresql+psycopg://:{pw}@127.0.0.1:9/lis", "space"),
    ("db", "postgresql+psycopg://lis:{pw}@[::1]:9/lis", "at"),
    ("db", "postgresql+psycopg://lis:{pw}@127.0.0.1:notaport/lis", "at"),
    ("db", "postgresql+psycopg://lis:{pw}@127.0.0.1:notaport/lis", "space"),
    ("db", "postgresql+psycopg://lis@127.0.0.1:9/lis?password={pw}", "space"),
    ("db", "postgresql+psycopg://lis@127.0.0.1:9/lis?password={pw}", "slash"),
    ("db", "postgresql+psycopg://lis@127.0.0.1:9/lis?sslmode=disable&password={pw}", "colon"),
    ("db", "postgresql+psycopg://lis/x:{pw}@127.0.0.1:9/lis", "unicode"),
    ("db", "postgresql+psycopg://lis:{pw}@127.0.0.1:9/lis?application_name=a@b", "percent"),
    ("db", "mssql+pyodbc:///?odbc_connect=DRIVER%3Dx%3BSERVER%3D127.0.0.1%3BPWD%3D{pw}", "tab"),
    ("db", "unknowndialect://lis:{pw}@127.0.0.1:9/lis", "at"),
    ("db", "lis:{pw}@127.0.0.1:9/lis", "space"),
    ("db", "postgre sql://lis:{pw}@127.0.0.1:9/lis", "at"),
    ("fhir", "http://reader:{pw}@127.0.0.1:9/fhir", "at"),
    ("fhir", "http://reader:{pw}@127.0.0.1:9/fhir", "space"),
    ("fhir", "http://127.0.0.1:9/fhir?access_token={pw}", "slash"),
    ("fhir", "http://127.0.0.1:9/fhir?_format=json&api_key={pw}", "unicode"),
]


def _url(template: str, join: str) -> str:
    return template.replace("{pw}", HEAD + JOINS[join] + TAIL)


def _leaks(text: str) -> bool:
    return HEAD in text or TAIL in text


def test_there_are_at_least_thirty_shapes() -> None:
    assert len(SHAPES) >= 30


@pytest.mark.parametrize(("option", "template", "join"), SHAPES)
def test_the_masked_url_holds_no_part_of_the_password(
    option: str, template: str, join: str
) -> None:
    url = _url(template, join)
    assert not _leaks(mask_url(url)), mask_url(url)
    message = f"could not reach {url} (timeout)"
    assert not _leaks(mask_text(message, [HEAD + JOINS[join] + TAIL]))
    if "://" in url:  # a URL in a message is found even when its password is not known
        assert not _leaks(mask_text(message, []))


@pytest.mark.parametrize(("option", "template", "join"), SHAPES)
def test_a_scan_shows_no_part_of_the_password_and_resolves_no_host_made_of_it(
    option: str,
    template: str,
    join: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    looked_up: list[str] = []
    resolve = socket.getaddrinfo

    def recording(host: object, *args: object, **kwargs: object) -> object:
        looked_up.append(str(host))
        return resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", recording)
    out = tmp_path / "inventory.json"
    flag = "--db" if option == "db" else "--fhir-url"
    result = CliRunner().invoke(main, ["scan", flag, _url(template, join), "-v", "-o", str(out)])
    assert result.exit_code in (1, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert not _leaks(result.output)
    assert not _leaks(result.stderr)
    written = out.read_text(encoding="utf-8")
    assert not _leaks(written)
    errors = json.loads(written)["scan"]["errors"]
    assert errors, "the failure is recorded"
    assert not any(_leaks(json.dumps(e)) for e in errors)
    assert not any(_leaks(host) for host in looked_up), looked_up


def test_an_ambiguous_password_is_refused_as_a_bad_url_that_says_how_to_write_it(
    tmp_path: Path,
) -> None:
    out = tmp_path / "inventory.json"
    url = f"postgresql+psycopg://lis:{HEAD}@{TAIL}@127.0.0.1:9/lis"
    result = CliRunner().invoke(main, ["scan", "--db", url, "-o", str(out)])
    assert result.exit_code == 2
    (error,) = json.loads(out.read_text())["scan"]["errors"]
    assert error["kind"] == "bad-url"
    assert "percent-encode @ as %40" in error["message"]
    assert error["source"] == "postgresql+psycopg://***@127.0.0.1:9/lis"


def test_a_password_with_a_raw_space_keeps_the_user_and_host_in_view() -> None:
    assert mask_url("mysql+pymysql://lis:pa ss\tw0rd@db.local:3306/lis") == (
        "mysql+pymysql://lis:***@db.local:3306/lis"
    )


def test_an_odbc_connection_string_in_a_parameter_is_masked_whole() -> None:
    url = "mssql+pyodbc:///?odbc_connect=DRIVER%3D%7BODBC%7D%3BUID%3Dsa%3BPWD%3Dhunter2"
    assert mask_url(url) == "mssql+pyodbc:///?odbc_connect=***"


def test_a_message_that_quotes_a_masked_url_keeps_its_words() -> None:
    text = "mysql://lis@db/lis?password=*** holds a password in the file; use ${VAR}"
    assert mask_url(text) == text
