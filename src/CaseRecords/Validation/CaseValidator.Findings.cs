using System.Runtime.InteropServices;
using CaseRecords.Diagnostics;
using CaseRecords.Loading;
using CaseRecords.Serialization;

namespace CaseRecords.Validation;

public static partial class CaseValidator
{
    // Recording findings as they are made (with their JSON Pointers) and placing them at their line and column.

    private sealed partial class Run
    {
        private void Report(Located item, string relativePointer, DiagnosticDescriptor descriptor, string message)
        {
            if (Listed(descriptor))
            {
                Add(item, item.Pointer + relativePointer, descriptor, message);
            }
        }

        /// <summary>Reports a finding at a claim (or below it: <paramref name="suffix"/>), building its pointer in one string.</summary>
        private void Report(Located item, ClaimAt at, string suffix, DiagnosticDescriptor descriptor, string message)
        {
            if (Listed(descriptor))
            {
                Add(item, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{item.Pointer}/{at.Property}/{at.Index}{suffix}"), descriptor, message);
            }
        }

        private void Add(Located item, string pointer, DiagnosticDescriptor descriptor, string message) =>
            (CollectionsMarshal.GetValueRefOrAddDefault(findings, item.File.Path, out _) ??= []).Add(new PendingDiagnostic(descriptor, message, item.File.Path, item.Id, pointer, item.Start, item.Pointer.Length));

        /// <summary>
        /// Whether a finding of this rule is listed. One below <see cref="ValidationOptions.MinimumSeverity"/> is only
        /// counted, and no pointer or position is made for it, unless a waiver names its rule (waivers see every finding).
        /// </summary>
        private bool Listed(DiagnosticDescriptor descriptor)
        {
            var severity = SeverityOf(descriptor.DefaultSeverity);
            if (severity >= options.MinimumSeverity || waivedCodes.Contains(descriptor.Code))
            {
                return true;
            }

            unlisted[(int)severity]++;
            return false;
        }

        private DiagnosticSeverity SeverityOf(DiagnosticSeverity severity) =>
            options.WarningsAsErrors && severity == DiagnosticSeverity.Warning ? DiagnosticSeverity.Error : severity;

        /// <summary>
        /// The loader's diagnostics, then the findings with their line and column, found by reading each record file
        /// with findings again (one file per thread). Findings in a dataset not loaded from files, or in a file that
        /// cannot be read or has changed since loading, keep no line and column.
        /// </summary>
        private List<Diagnostic> PlaceFindings()
        {
            var groups = findings.ToArray();
            var located = new List<Diagnostic>[groups.Length];
            void Resolve(int g)
            {
                var pending = groups[g].Value;
                var output = located[g] = new List<Diagnostic>(pending.Count);
                if (dataset.RecordBytes?.Read(groups[g].Key) is { } raw)
                {
                    using (raw)
                    {
                        Positions.Resolve(pending, CaseDatasetLoader.SkipByteOrderMark(raw.Bytes), LoadOptions.Default.MaxDepth, output);
                    }
                }
                else
                {
                    output.AddRange(pending.Select(p => p.Create()));
                }
            }

            // Positions are found by reading each file with findings again: one file per thread.
            if (options.MaxDegreeOfParallelism == 1 || groups.Length < 2 || Environment.ProcessorCount < 2)
            {
                for (var g = 0; g < groups.Length; g++)
                {
                    Resolve(g);
                }
            }
            else
            {
                Parallel.For(0, groups.Length, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, Resolve);
            }

            var all = new List<Diagnostic>(loaderDiagnostics.Count + located.Sum(l => l.Count));
            all.AddRange(loaderDiagnostics);
            foreach (var list in located)
            {
                all.AddRange(list);
            }

            return all;
        }
    }
}
