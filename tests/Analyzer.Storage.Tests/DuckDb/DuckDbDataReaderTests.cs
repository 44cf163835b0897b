using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Tests.DuckDb;

public sealed class DuckDbDataReaderTests : IDisposable
{
    private readonly DuckDbDatabase database = DuckDbDatabase.Open(DuckDbDatabase.InMemory);
    private readonly DuckDbConnection connection;

    public DuckDbDataReaderTests() => connection = database.Connect();

    public void Dispose()
    {
        connection.Dispose();
        database.Dispose();
    }

    [Theory]
    [InlineData("true::BOOLEAN", true)]
    [InlineData("(-7)::TINYINT", (sbyte)-7)]
    [InlineData("(-300)::SMALLINT", (short)-300)]
    [InlineData("(-70000)::INTEGER", -70000)]
    [InlineData("(-5000000000)::BIGINT", -5000000000L)]
    [InlineData("200::UTINYINT", (byte)200)]
    [InlineData("60000::USMALLINT", (ushort)60000)]
    [InlineData("4000000000::UINTEGER", 4000000000u)]
    [InlineData("18000000000000000000::UBIGINT", 18000000000000000000ul)]
    [InlineData("1.5::FLOAT", 1.5f)]
    [InlineData("-2.25::DOUBLE", -2.25d)]
    [InlineData("'héllo'::VARCHAR", "héllo")]
    public void GetValue_ScalarType_BoxesAsClrType(string expression, object expected)
    {
        using var reader = connection.ExecuteReader($"SELECT {expression}");
        Assert.True(reader.Read());

        var value = reader.GetValue(0);

        Assert.Equal(expected.GetType(), value!.GetType());
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("BOOLEAN")]
    [InlineData("TINYINT")]
    [InlineData("SMALLINT")]
    [InlineData("INTEGER")]
    [InlineData("BIGINT")]
    [InlineData("UTINYINT")]
    [InlineData("USMALLINT")]
    [InlineData("UINTEGER")]
    [InlineData("UBIGINT")]
    [InlineData("HUGEINT")]
    [InlineData("UHUGEINT")]
    [InlineData("FLOAT")]
    [InlineData("DOUBLE")]
    [InlineData("DECIMAL(4,1)")]
    [InlineData("DECIMAL(9,2)")]
    [InlineData("DECIMAL(18,6)")]
    [InlineData("DECIMAL(38,10)")]
    [InlineData("VARCHAR")]
    [InlineData("JSON")]
    [InlineData("BLOB")]
    [InlineData("DATE")]
    [InlineData("TIME")]
    [InlineData("TIMESTAMP")]
    [InlineData("TIMESTAMP_S")]
    [InlineData("TIMESTAMP_MS")]
    [InlineData("TIMESTAMP_NS")]
    [InlineData("TIMESTAMPTZ")]
    [InlineData("UUID")]
    [InlineData("INTEGER[]")]
    [InlineData("MAP(VARCHAR, VARCHAR)")]
    [InlineData("STRUCT(a INTEGER)")]
    [InlineData("INTERVAL")]
    public void IsDBNull_NullOfType_IsTrueAndGetValueIsNull(string type)
    {
        using var reader = connection.ExecuteReader($"SELECT NULL::{type} AS v, 1 AS one");
        Assert.True(reader.Read());

        Assert.True(reader.IsDBNull(0));
        Assert.Null(reader.GetValue(0));
        Assert.False(reader.IsDBNull(1));
    }

    [Fact]
    public void GetValue_HugeInt_IsInt128()
    {
        using var reader = connection.ExecuteReader("SELECT (-170141183460469231731687303715884105727)::HUGEINT");
        reader.Read();

        Assert.Equal(-Int128.Parse("170141183460469231731687303715884105727", System.Globalization.CultureInfo.InvariantCulture), reader.GetValue(0));
    }

    [Fact]
    public void GetDecimal_HugeInt_ConvertsExactly()
    {
        using var reader = connection.ExecuteReader("SELECT 12345678901234567890123::HUGEINT");
        reader.Read();

        Assert.Equal(12345678901234567890123m, reader.GetDecimal(0));
    }

    [Theory]
    [InlineData("DECIMAL(4,1)", "-123.4")]
    [InlineData("DECIMAL(9,2)", "-1234567.89")]
    [InlineData("DECIMAL(18,6)", "-123456789012.345678")]
    [InlineData("DECIMAL(38,10)", "-1234567890123456789.0123456789")]
    [InlineData("DECIMAL(18,6)", "0.000001")]
    public void GetDecimal_EachInternalWidth_IsExact(string type, string text)
    {
        using var reader = connection.ExecuteReader($"SELECT '{text}'::{type}");
        reader.Read();

        Assert.Equal(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), reader.GetDecimal(0));
    }

    [Fact]
    public void GetDecimal_Sum38Digits_KeepsCents()
    {
        using var reader = connection.ExecuteReader("SELECT sum(x) FROM (VALUES (0.10::DECIMAL(18,6)), (0.20::DECIMAL(18,6))) v(x)");
        reader.Read();

        Assert.Equal(0.3m, reader.GetDecimal(0));
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("exactly12byt")]
    [InlineData("thirteen byte")]
    [InlineData("a string that is much longer than twelve bytes")]
    [InlineData("日本語のテキスト")]
    [InlineData("emoji 🚀 x")]
    public void GetString_InlinedOrPointedTo_RoundTrips(string text)
    {
        using var reader = connection.ExecuteReader("SELECT $1::VARCHAR", text);
        reader.Read();

        Assert.Equal(text, reader.GetString(0));
    }

    [Fact]
    public void GetString_Json_IsText()
    {
        using var reader = connection.ExecuteReader("SELECT '{\"a\": 1}'::JSON");
        reader.Read();

        Assert.Equal("{\"a\": 1}", reader.GetString(0));
    }

    [Fact]
    public void GetValue_Blob_IsBytes()
    {
        using var reader = connection.ExecuteReader("SELECT '\\x01\\x02\\xFF'::BLOB");
        reader.Read();

        Assert.Equal(new byte[] { 1, 2, 255 }, reader.GetValue(0));
    }

    [Fact]
    public void GetDate_Date_IsDateOnly()
    {
        using var reader = connection.ExecuteReader("SELECT DATE '2024-02-29', DATE '1969-12-31'");
        reader.Read();

        Assert.Equal(new DateOnly(2024, 2, 29), reader.GetDate(0));
        Assert.Equal(new DateOnly(1969, 12, 31), reader.GetDate(1));
    }

    [Theory]
    [InlineData("TIMESTAMP '2024-03-10 13:14:15.123456'", 123456)]
    [InlineData("TIMESTAMP_MS '2024-03-10 13:14:15.123'", 123000)]
    [InlineData("TIMESTAMP_S '2024-03-10 13:14:15'", 0)]
    [InlineData("TIMESTAMP_NS '2024-03-10 13:14:15.123456789'", 123456)]
    public void GetDateTime_TimestampUnits_AreUtcAndPrecise(string expression, int micros)
    {
        using var reader = connection.ExecuteReader($"SELECT {expression}");
        reader.Read();

        var value = reader.GetDateTime(0);

        Assert.Equal(DateTimeKind.Utc, value.Kind);
        Assert.Equal(new DateTime(2024, 3, 10, 13, 14, 15, DateTimeKind.Utc).AddTicks(micros * 10L), value.AddTicks(-(value.Ticks % 10)));
    }

    [Fact]
    public void GetValue_Timestamp_IsUtcDateTime()
    {
        using var reader = connection.ExecuteReader("SELECT TIMESTAMP '2024-03-10 12:00:00'");
        reader.Read();

        var value = Assert.IsType<DateTime>(reader.GetValue(0));

        Assert.Equal(DateTimeKind.Utc, value.Kind);
    }

    [Fact]
    public void GetValue_TimestampTz_IsUtcDateTimeOffset()
    {
        connection.Execute("SET TimeZone = 'America/New_York'");
        using var reader = connection.ExecuteReader("SELECT TIMESTAMPTZ '2024-03-10 12:00:00+00'");
        reader.Read();

        var value = Assert.IsType<DateTimeOffset>(reader.GetValue(0));

        Assert.Equal(TimeSpan.Zero, value.Offset);
        Assert.Equal(new DateTime(2024, 3, 10, 12, 0, 0, DateTimeKind.Utc), value.UtcDateTime);
    }

    [Fact]
    public void GetValue_TimeAndUuid_AreTimeOnlyAndGuid()
    {
        using var reader = connection.ExecuteReader("SELECT TIME '01:02:03.5', '0f8fad5b-d9cb-469f-a165-70867728950e'::UUID");
        reader.Read();

        Assert.Equal(new TimeOnly(1, 2, 3, 500), reader.GetValue(0));
        Assert.Equal(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), reader.GetValue(1));
    }

    [Fact]
    public void GetString_Enum_IsLabel()
    {
        using var reader = connection.ExecuteReader("SELECT 'arm64'::ENUM('x86_64', 'arm64')");
        reader.Read();

        Assert.Equal("arm64", reader.GetString(0));
    }

    [Fact]
    public void GetList_ListWithNulls_KeepsOrderAndNulls()
    {
        using var reader = connection.ExecuteReader("SELECT [1, NULL, 3] UNION ALL SELECT [] UNION ALL SELECT [4]");
        var lists = new List<IReadOnlyList<object?>>();
        while (reader.Read())
        {
            lists.Add(reader.GetList(0));
        }

        Assert.Contains(lists, l => l.SequenceEqual(new object?[] { 1, null, 3 }));
        Assert.Contains(lists, l => l.Count == 0);
        Assert.Contains(lists, l => l.SequenceEqual(new object?[] { 4 }));
    }

    [Fact]
    public void GetMap_MapOfVarchar_ReturnsEntries()
    {
        using var reader = connection.ExecuteReader("SELECT MAP {'team': 'payments', 'env': NULL}");
        reader.Read();

        var map = reader.GetMap(0);

        Assert.Equal(2, map.Count);
        Assert.Equal("payments", map["team"]);
        Assert.Null(map["env"]);
    }

    [Fact]
    public void GetMap_Struct_ReturnsFields()
    {
        using var reader = connection.ExecuteReader("SELECT {'cpu': 2.5, 'name': 'x'}");
        reader.Read();

        var fields = reader.GetMap(0);

        Assert.Equal(2.5m, fields["cpu"]);
        Assert.Equal("x", fields["name"]);
    }

    [Fact]
    public void Read_TenThousandRows_SpansChunksWithoutLoss()
    {
        using var reader = connection.ExecuteReader(
            "SELECT range AS i, 'row-' || range AS s, CASE WHEN range % 7 = 0 THEN NULL ELSE range * 0.5 END AS d FROM range(10000) ORDER BY i");
        long count = 0, sum = 0, nulls = 0;
        double halves = 0;
        while (reader.Read())
        {
            var i = reader.GetInt64(0);
            Assert.Equal("row-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), reader.GetString(1));
            if (reader.IsDBNull(2))
            {
                nulls++;
            }
            else
            {
                halves += reader.GetDouble(2);
            }

            count++;
            sum += i;
        }

        Assert.Equal(10000, count);
        Assert.Equal(49995000L, sum);
        Assert.Equal(1429, nulls);
        Assert.Equal((49995000 - (7 * 1428 * 1429 / 2)) * 0.5, halves);
    }

    [Fact]
    public void GetOrdinal_NameInOtherCase_FindsColumn()
    {
        using var reader = connection.ExecuteReader("SELECT 1 AS first_col, 2 AS Second");

        Assert.Equal(1, reader.GetOrdinal("second"));
        Assert.Equal("first_col", reader.GetName(0));
        Assert.Equal(2, reader.FieldCount);
    }

    [Fact]
    public void GetInt32_NullValue_ThrowsInvalidCast()
    {
        using var reader = connection.ExecuteReader("SELECT NULL::INTEGER AS n");
        reader.Read();

        Assert.Throws<InvalidCastException>(() => reader.GetInt32(0));
    }

    [Fact]
    public void GetInt64_DoubleColumn_ThrowsInvalidCast()
    {
        using var reader = connection.ExecuteReader("SELECT 1.5::DOUBLE");
        reader.Read();

        Assert.Throws<InvalidCastException>(() => reader.GetInt64(0));
    }

    [Fact]
    public void Read_EmptyResult_ReturnsFalse()
    {
        using var reader = connection.ExecuteReader("SELECT 1 WHERE false");

        Assert.False(reader.Read());
        Assert.False(reader.Read());
    }

    [Fact]
    public void GetFieldValue_NullableTargets_ConvertOrReturnNull()
    {
        using var reader = connection.ExecuteReader("SELECT 2.5::DECIMAL(18,6), NULL::DOUBLE, 7::BIGINT");
        reader.Read();

        Assert.Equal(2.5d, reader.GetFieldValue<double?>(0));
        Assert.Null(reader.GetFieldValue<double?>(1));
        Assert.Equal(7, reader.GetFieldValue<int>(2));
    }
}
