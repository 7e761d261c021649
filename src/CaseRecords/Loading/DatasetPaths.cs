namespace CaseRecords.Loading;

/// <summary>Checks the relative paths that record files use to name source texts.</summary>
internal static class DatasetPaths
{
    /// <summary>
    /// Whether a file is a record file by its name: it ends in ".json" but not in ".schema.json", which is a JSON
    /// Schema (the copy that <c>caserecords init</c> writes beside the record file, for editors).
    /// </summary>
    public static bool IsRecordFile(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="path"/> is a safe relative path: '/'-separated segments, none empty, "." or "..",
    /// no backslash, drive, colon or control character, not rooted.
    /// </summary>
    public static bool IsSafeRelative(string path, out string problem)
    {
        problem = string.Empty;
        if (string.IsNullOrEmpty(path))
        {
            problem = "the path is empty";
            return false;
        }

        if (path[0] == '/' || Path.IsPathRooted(path))
        {
            problem = "the path is absolute";
            return false;
        }

        foreach (var c in path)
        {
            if (char.IsControl(c) || c is '\\' or ':')
            {
                problem = c == '\\' ? "the path uses '\\'; use '/' between folders" : "the path holds a control character or ':'";
                return false;
            }
        }

        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == "." || segment == "..")
            {
                problem = segment == ".." ? "the path goes up with '..'" : "the path has an empty or '.' segment";
                return false;
            }
        }

        return true;
    }
}
