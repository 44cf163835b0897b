-- Reads catalog/pricing/provenance.csv: the label and date each shipped CSV is loaded with.
-- $path: the manifest file. Output: file, as_of (null: the rows' own basis column), source
SELECT file, as_of, source
FROM read_csv($path, header = true, auto_detect = false,
    columns = {'file': 'VARCHAR', 'as_of': 'DATE', 'source': 'VARCHAR'});
