using Microsoft.Extensions.FileSystemGlobbing;

namespace CaseRecords.Loading;

/// <summary>A dataset in a folder on disk. Symbolic links that lead outside the folder are refused.</summary>
internal sealed class FolderDatasetFiles : DatasetFiles
{
    /// <summary>Folders never read for record files: build output, packages and version control.</summary>
    internal static readonly IReadOnlyList<string> SkippedFolders = ["bin", "obj", "node_modules", ".git"];

    private readonly string root;
    private readonly string? onlyRecordFile;
    private readonly Matcher? include;

    public FolderDatasetFiles(string folder, string? onlyRecordFile = null, IReadOnlyList<string>? include = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        root = Path.GetFullPath(folder);
        this.onlyRecordFile = onlyRecordFile;
        if (include is { Count: > 0 })
        {
            this.include = new Matcher(StringComparison.Ordinal);
            this.include.AddIncludePatterns(include);
        }
    }

    public override string Description => include is null ? $"folder {root}" : $"folder {root} (only the files the include patterns match)";

    public override IReadOnlyList<string> ListRecordFiles()
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The folder \"{root}\" does not exist.");
        }

        if (onlyRecordFile is not null)
        {
            return File.Exists(Path.Combine(root, onlyRecordFile))
                ? [onlyRecordFile]
                : throw new FileNotFoundException($"The record file \"{Path.Combine(root, onlyRecordFile)}\" does not exist.");
        }

        // Walk the tree by hand: symbolic links to folders are not followed (they could loop or leave the
        // dataset), while links to files are listed, so that OpenRead can refuse those that lead outside.
        var found = new List<string>();
        var pending = new Stack<string>([root]);
        var options = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, MatchType = MatchType.Simple };
        while (pending.TryPop(out var folder))
        {
            // A JSON Schema beside the records (caserecords init puts one there, for editors) is not a record file.
            foreach (var file in Directory.EnumerateFiles(folder, "*.json", options).Where(DatasetPaths.IsRecordFile))
            {
                found.Add(Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'));
            }

            foreach (var sub in Directory.EnumerateDirectories(folder, "*", options))
            {
                if (new DirectoryInfo(sub).LinkTarget is null && !SkippedFolders.Contains(Path.GetFileName(sub), StringComparer.Ordinal))
                {
                    pending.Push(sub);
                }
            }
        }

        var listed = include is null ? found : [.. include.Match(found).Files.Select(f => f.Path)];
        return [.. listed.Order(StringComparer.Ordinal)];
    }

    public override Stream OpenRead(string path)
    {
        var full = Path.GetFullPath(Path.Combine(root, path));
        EnsureInside(full);
        if (Directory.Exists(full))
        {
            throw new IOException($"\"{path}\" is a folder, not a file.");
        }

        // Follow any symbolic link on the way and check that the final target is still inside the folder.
        var current = root;
        foreach (var segment in path.Split('/'))
        {
            current = Path.Combine(current, segment);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true)
                    ?? throw new FileNotFoundException($"The link \"{path}\" points nowhere.", path);
                EnsureInside(Path.GetFullPath(target.FullName));
            }
        }

        return new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
    }

    private void EnsureInside(string full)
    {
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (!full.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new OutsideDatasetException($"The path resolves to \"{full}\", outside the dataset folder \"{root}\".");
        }
    }
}

/// <summary>A path that resolves outside the dataset (through a symbolic link).</summary>
internal sealed class OutsideDatasetException(string message) : IOException(message);
