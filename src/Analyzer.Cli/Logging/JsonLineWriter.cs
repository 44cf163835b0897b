using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Analyzer.Cli.Logging;

/// <summary>
/// A writer that turns every line written to it into one JSON object on the underlying writer:
/// <c>{"time":"2026-12-07T01:02:03.456Z","level":"info","message":"..."}</c>, so CloudWatch Logs (AWS Batch's log
/// driver) can filter on fields. Credentials are masked first (<see cref="CredentialRedactor"/>). Blank lines are
/// dropped; a partial line is held until its newline or until the writer is disposed.
/// </summary>
internal sealed class JsonLineWriter(TextWriter inner, string level, TimeProvider time, CredentialRedactor redactor) : TextWriter(CultureInfo.InvariantCulture)
{
    private readonly StringBuilder _line = new();
    private readonly Lock _gate = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        lock (_gate)
        {
            Append(value);
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        lock (_gate)
        {
            foreach (var c in value)
            {
                Append(c);
            }
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        Write(new string(buffer, index, count));
    }

    public override void WriteLine(string? value) => Write((value ?? string.Empty) + "\n");

    public override void Flush()
    {
        lock (_gate)
        {
            inner.Flush();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            lock (_gate)
            {
                Emit();
                inner.Flush();
            }
        }

        base.Dispose(disposing);
    }

    private void Append(char c)
    {
        if (c == '\n')
        {
            Emit();
            inner.Flush();
        }
        else if (c != '\r')
        {
            _line.Append(c);
        }
    }

    private void Emit()
    {
        var message = _line.ToString();
        _line.Clear();
        if (string.IsNullOrWhiteSpace(message))
        {
            return;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("time", time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
            json.WriteString("level", LevelOf(message));
            json.WriteString("message", redactor.Redact(message));
            json.WriteEndObject();
        }

        inner.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        inner.Write('\n');
    }

    /// <summary>The stream's level, except that a line of the error stream that says it is a warning is one.</summary>
    private string LevelOf(string message) =>
        level == "error" && message.StartsWith("warning", StringComparison.OrdinalIgnoreCase) ? "warning" : level;
}
