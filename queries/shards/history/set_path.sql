-- Names the file or folder the next history export writes (COPY's target is an expression read with getvariable(),
-- so the path is never spliced into SQL). Parameters: $path (full local path).
SET VARIABLE history_path = $path;
