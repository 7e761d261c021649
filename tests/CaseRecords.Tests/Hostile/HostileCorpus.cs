using System.Text;
using CaseRecords.Loading;

namespace CaseRecords.Tests.Hostile;

/// <summary>One kind of bad input and the diagnostics it must produce.</summary>
/// <param name="Name">What is wrong.</param>
/// <param name="Files">The dataset's files by relative path (record files end in .json).</param>
/// <param name="Codes">Codes that must be reported (empty: the input is acceptable and nothing is an error).</param>
/// <param name="Options">Loader limits, when the case is about a limit.</param>
public sealed record HostileCase(string Name, Func<Dictionary<string, byte[]>> Files, string[] Codes, LoadOptions? Options = null)
{
    public override string ToString() => Name;
}

/// <summary>The corpus of bad inputs: each is run through the loader, the validator and the caserecords tool.</summary>
public static class HostileCorpus
{
    private static readonly byte[] Text = Encoding.UTF8.GetBytes(TestData.SourceText);

    private static Dictionary<string, byte[]> Json(string json) => new() { ["case.json"] = Encoding.UTF8.GetBytes(json), ["s1.txt"] = Text };

    private static Dictionary<string, byte[]> Bytes(byte[] json) => new() { ["case.json"] = json, ["s1.txt"] = Text };

    private static string Valid => TestData.ValidFile;

    private static string Replace(string from, string to) =>
        Valid.Contains(from, StringComparison.Ordinal) ? Valid.Replace(from, to, StringComparison.Ordinal) : throw new InvalidOperationException($"'{from}' is not in the valid file.");

    private static HostileCase Case(string name, Func<string> json, params string[] codes) => new(name, () => Json(json()), codes);

    public static IReadOnlyList<HostileCase> All { get; } = Build();

    private static List<HostileCase> Build()
    {
        var cases = new List<HostileCase>
        {
            Case("empty file", () => string.Empty, "CR1001"),
            Case("only white space", () => "  \n\t ", "CR1001"),
            Case("comments", () => Replace("\"formatVersion\": \"1.0\",", "\"formatVersion\": \"1.0\", // a comment"), "CR1001"),
            Case("trailing comma", () => Replace("\"kind\": \"news-article\",\n      \"text\": \"s1.txt\",", "\"kind\": \"news-article\",\n      \"text\": \"s1.txt\",,"), "CR1001"),
            Case("trailing comma in a list", () => Replace("\"quote\": \"quick brown fox\"\n            }", "\"quote\": \"quick brown fox\"\n            },"), "CR1001"),
            Case("two root values", () => Valid + "{}", "CR1001"),
            Case("a root that is an array", () => "[" + Valid + "]", "CR1005"),
            Case("a root that is a string", () => "\"records\"", "CR1005"),
            Case("no format version", () => "{ \"persons\": [] }", "CR1002"),
            Case("a future format version", () => Replace("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"2.0\""), "CR1002"),
            Case("duplicate keys", () => Replace("\"id\": \"fox\",", "\"id\": \"fox\", \"id\": \"wolf\","), "CR1004"),
            Case("duplicate keys written with an escape", () => Replace("\"id\": \"fox\",", "\"id\": \"fox\", \"\\u0069d\": \"wolf\","), "CR1004"),
            Case("unknown property", () => Replace("\"id\": \"fox\",", "\"id\": \"fox\", \"nickname\": \"Foxy\","), "CR1003"),
            // One problem, one finding: the unknown "ID" names the missing "id" it stands for (no separate CR1006).
            Case("property in the wrong case", () => Replace("\"id\": \"fox\",", "\"ID\": \"fox\","), "CR1003"),
            Case("wrong type: sources is an object", () => Replace("\"sources\": [", "\"sources\": {\"x\": [").Replace("    }\n  ],\n  \"persons\"", "    }\n  ]},\n  \"persons\"", StringComparison.Ordinal), "CR1005"),
            Case("wrong type: id is a number", () => Replace("\"id\": \"fox\"", "\"id\": 7"), "CR1005"),
            Case("wrong type: citations is a string", () => Replace("\"citations\": [", "\"citations\": \"s1\", \"x\": ["), "CR1005", "CR1003"),
            Case("wrong type: quote is an array", () => Replace("\"quote\": \"quick brown fox\"", "\"quote\": [\"quick brown fox\"]"), "CR1005"),
            Case("wrong type: a fact's amount is a string", () => Replace("\"persons\": [", "\"persons\": [" + FactPerson("{ \"amount\": \"14\", \"unit\": \"year\" }") + ","), "CR1005"),
            Case("wrong type: approximate is a string", () => Replace("\"persons\": [", "\"persons\": [" + FactPerson("{ \"amount\": 14, \"unit\": \"year\", \"approximate\": \"yes\" }") + ","), "CR1005"),
            Case("wrong type: sensitivity is a string", () => Replace("\"id\": \"fox\",", "\"id\": \"fox\", \"sensitivity\": \"minor\","), "CR1005"),
            Case("null list element", () => Replace("\"persons\": [", "\"persons\": [ null,"), "CR1007"),
            Case("null citation", () => Replace("\"citations\": [", "\"citations\": [ null,"), "CR1007"),
            Case("null required value", () => Replace("\"title\": \"A test source\"", "\"title\": null"), "CR1007"),
            Case("empty quote", () => Replace("\"quote\": \"quick brown fox\"", "\"quote\": \"   \""), "CR1008"),
            Case("empty citation list", () => Replace("\"quote\": \"quick brown fox\"\n            }\n          ]", "\"quote\": \"quick brown fox\"\n            }\n          ], \"x\": []").Replace("\"citations\": [\n            {\n              \"source\": \"s1\",\n              \"quote\": \"quick brown fox\"\n            }\n          ], \"x\": []", "\"citations\": []", StringComparison.Ordinal), "CR1012"),
            Case("10,000-level nesting", () => "{ \"formatVersion\": \"1.0\", \"persons\": " + new string('[', 10_000) + new string(']', 10_000) + " }", "CR1019"),
            Case("number out of range", () => Replace("\"persons\": [", "\"persons\": [" + FactPerson("{ \"amount\": 1e400, \"unit\": \"year\" }") + ","), "CR1011"),
            Case("NaN", () => Replace("\"persons\": [", "\"persons\": [" + FactPerson("{ \"amount\": NaN, \"unit\": \"year\" }") + ","), "CR1001"),
            Case("Infinity", () => Replace("\"persons\": [", "\"persons\": [" + FactPerson("{ \"amount\": -Infinity, \"unit\": \"year\" }") + ","), "CR1001"),
            Case("invalid EDTF date", () => Date("1991-5"), "CR1009"),
            Case("February 30", () => Date("1991-02-30"), "CR1009"),
            Case("level-2 EDTF date", () => Date("2004-06~-11"), "CR1010"),
            Case("reversed interval", () => Date("2009/2005"), "CR1021"),
            Case("an en dash in a date", () => Date("2005\u20132009"), "CR1009"),
            Case("id with a control character", () => Replace("\"id\": \"fox\"", "\"id\": \"fo\\u0000x\""), "CR1011"),
            Case("id with a zero-width joiner", () => Replace("\"id\": \"fox\"", "\"id\": \"fo\u200Dx\""), "CR1011"),
            Case("id in fullwidth letters", () => Replace("\"id\": \"fox\"", "\"id\": \"\uFF46\uFF4F\uFF58\""), "CR1011"),
            Case("id with a right-to-left override", () => Replace("\"id\": \"fox\"", "\"id\": \"\u202Efox\""), "CR1011"),
            Case("unpaired surrogate escape", () => Replace("\"value\": \"Brown Fox\"", "\"value\": \"Brown \\uD800Fox\""), "CR1001"),
            Case("unknown enum value", () => Replace("\"kind\": \"news-article\"", "\"kind\": \"tabloid\""), "CR1011"),
            Case("source path with ..", () => Replace("\"text\": \"s1.txt\"", "\"text\": \"../s1.txt\""), "CR1014"),
            Case("absolute source path", () => Replace("\"text\": \"s1.txt\"", "\"text\": \"/etc/passwd\""), "CR1014"),
            Case("source path that is a URL", () => Replace("\"text\": \"s1.txt\"", "\"text\": \"https://example.org/s1.txt\""), "CR1014"),
            Case("source path with a backslash", () => Replace("\"text\": \"s1.txt\"", "\"text\": \"..\\\\s1.txt\""), "CR1014"),
            Case("quote not in the source", () => Replace("\"quote\": \"quick brown fox\"", "\"quote\": \"slow red fox\""), "CR2001"),
            Case("citation of an unknown source", () => Replace("\"source\": \"s1\"", "\"source\": \"s9\""), "CR2002", "CR2016"),
            Case("changed source text", () => Replace(TestData.SourceSha, new string('0', 64)), "CR2004"),
            new("missing source text", () => new() { ["case.json"] = Encoding.UTF8.GetBytes(Valid) }, ["CR1015"]),
            new("source text that is not UTF-8", () => new() { ["case.json"] = Encoding.UTF8.GetBytes(Valid), ["s1.txt"] = [0x66, 0x6F, 0xC3, 0x28] }, ["CR1016"]),
            new("invalid UTF-8 in the record file", () => Bytes([.. Encoding.UTF8.GetBytes("{ \"formatVersion\": \"1.0\", \"persons\": [ { \"id\": \"f"), 0xFF, .. Encoding.UTF8.GetBytes("\" } ] }")]), ["CR1001"]),
            new("random binary", () => Bytes([.. Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 251))]), ["CR1001"]),
            new("a byte-order mark (accepted)", () => Bytes([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Valid)]), []),
            new("a string longer than the limit", () => Json(Replace("\"value\": \"Brown Fox\"", "\"value\": \"" + new string('x', 5000) + "\"")), ["CR1024"], new LoadOptions { MaxStringLength = 1000 }),
            new("more records than the limit", () => Json(Replace("\"persons\": [", "\"persons\": [ { \"id\": \"a\" }, { \"id\": \"b\" },")), ["CR1022"], new LoadOptions { MaxRecords = 3 }),
            new("thousands of unknown properties", () => Json("{ \"formatVersion\": \"1.0\", \"persons\": [ { \"id\": \"a\", " + string.Join(", ", Enumerable.Range(0, 5000).Select(i => $"\"p{i}\": {i}")) + " } ] }"), ["CR1003", "CR1023"]),
            new("a record file larger than the limit", () => Json(Valid + new string(' ', 5000)), ["CR1018"], new LoadOptions { MaxFileBytes = 4000 }),
        };

        // Truncated JSON at many points.
        for (var cut = 1; cut < Valid.Length - 2; cut += Valid.Length / 12)
        {
            var at = cut;
            cases.Add(Case($"truncated at byte {at}", () => Valid[..at], "CR1001"));
        }

        return cases;
    }

    private static string FactPerson(string quantity) =>
        $"{{ \"id\": \"aged\", \"facts\": [ {{ \"value\": {{ \"property\": \"age\", \"quantity\": {quantity} }}, \"citations\": [ {{ \"source\": \"s1\", \"quote\": \"fox\" }} ] }} ] }}";

    private static string Date(string date) => Replace("\"title\": \"A test source\",", $"\"title\": \"A test source\", \"published\": \"{date.Replace("\\", "\\\\", StringComparison.Ordinal)}\",");
}
