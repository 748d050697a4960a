"""Masking: passwords and values never shown."""

from assessor.masking import mask_shape, mask_text, mask_url


def test_password_in_url_userinfo_is_masked() -> None:
    assert mask_url("postgresql+psycopg://lis:s3cr%40t@db:5432/lis") == (
        "postgresql+psycopg://lis:***@db:5432/lis"
    )


def test_password_in_url_query_is_masked() -> None:
    assert "hunter2" not in mask_url("mssql+pyodbc://db/lis?driver=x&Password=hunter2")


def test_url_without_password_is_unchanged() -> None:
    assert mask_url("sqlite:///tmp/lis.sqlite") == "sqlite:///tmp/lis.sqlite"


def test_secrets_are_removed_from_driver_messages() -> None:
    text = 'password authentication failed for user "lis" (password hunter2)'
    assert "hunter2" not in mask_text(text, ["hunter2"])


def test_shape_keeps_layout_without_the_value() -> None:
    assert mask_shape("Müller 1970") == "AAAAAA 9999"


def test_api_keys_and_access_tokens_in_a_query_are_masked() -> None:
    masked = mask_url("https://fhir.example/r4?api_key=abc123&_format=json&access_token=zz9")
    assert masked == "https://fhir.example/r4?api_key=***&_format=json&access_token=***"


def test_an_empty_password_is_shown_as_empty_not_as_stars() -> None:
    assert mask_url("mysql+pymysql://root:@127.0.0.1:3306/test") == (
        "mysql+pymysql://root:@127.0.0.1:3306/test"
    )
