"""A strict RFC 4180 reader, to check what fundpress writes more strictly than
Python's csv module does: a quote may only open a field or be doubled inside
one, and (when asked) every record, the last included, ends with CRLF."""


class CsvError(ValueError):
    pass


def parse(text, require_crlf=True):
    records, record, field = [], [], []
    i, n = 0, len(text)
    quoted = False  # inside a quoted field
    was_quoted = False
    while i < n:
        c = text[i]
        if quoted:
            if c == '"':
                if i + 1 < n and text[i + 1] == '"':
                    field.append('"')
                    i += 2
                    continue
                quoted = False
                i += 1
                if i < n and text[i] not in ",\r\n":
                    raise CsvError(f"character {i}: text after a closing quote")
                continue
            field.append(c)
            i += 1
            continue
        if c == '"':
            if field:
                raise CsvError(f"character {i}: a quote inside an unquoted field")
            quoted = was_quoted = True
            i += 1
        elif c == ",":
            record.append("".join(field))
            field, was_quoted = [], False
            i += 1
        elif c in "\r\n":
            if text.startswith("\r\n", i):
                i += 2
            elif require_crlf:
                raise CsvError(f"character {i}: a record ends with {c!r}, not CRLF")
            else:
                i += 1
            record.append("".join(field))
            records.append(record)
            record, field, was_quoted = [], [], False
        else:
            field.append(c)
            i += 1
    if quoted:
        raise CsvError("a quoted field is never closed")
    if field or record or was_quoted:
        if require_crlf:
            raise CsvError("the last record does not end with CRLF")
        record.append("".join(field))
        records.append(record)
    return records
