"""Reading MySQL/MariaDB's SHOW GRANTS: which databases a user may read whole."""

from __future__ import annotations

from assessor.connectors.database.grants import whole_databases


def _readable(grants, database):
    return any(pattern.match(database) for pattern in whole_databases(grants))


def test_global_and_database_grants_of_select_or_all_read_the_whole_database():
    assert _readable(["GRANT ALL PRIVILEGES ON *.* TO `root`@`localhost`"], "lab")
    assert _readable(["GRANT SELECT, SHOW VIEW ON `lab`.* TO `ro`@`%`"], "lab")
    assert _readable(["GRANT SELECT ON `lab\\_%`.* TO `ro`@`%`"], "lab_2024")
    assert not _readable(["GRANT SELECT ON `lab\\_%`.* TO `ro`@`%`"], "labx2024")


def test_table_column_and_usage_grants_do_not():
    assert not _readable(["GRANT USAGE ON *.* TO `ro`@`%`"], "lab")
    assert not _readable(["GRANT SELECT ON `lab`.`patient` TO `ro`@`%`"], "lab")
    assert not _readable(["GRANT SELECT (`id`) ON `lab`.* TO `ro`@`%`"], "lab")
    assert not _readable(["GRANT INSERT ON `lab`.* TO `ro`@`%`"], "lab")
