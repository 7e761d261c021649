using CaseRecords.Diagnostics;

namespace CaseRecords.Validation;

public static partial class CaseValidator
{
    // Waivers: findings a curator has accepted, with a reason; waived findings are counted, never hidden.

    private sealed partial class Run
    {
        /// <summary>
        /// Sets aside the findings a waiver matches (the first matching waiver is recorded with each), and adds a
        /// finding for each waiver that matched nothing.
        /// </summary>
        private (List<Diagnostic> Kept, List<WaivedDiagnostic> Waived) ApplyWaivers(List<Diagnostic> all)
        {
            if (options.Waivers.IsEmpty)
            {
                return (all, []); // the usual case: nothing to set aside, nothing copied
            }

            var kept = new List<Diagnostic>(all.Count);
            var waived = new List<WaivedDiagnostic>();
            var used = new HashSet<Waiver>();
            foreach (var diagnostic in all)
            {
                if (options.Waivers.FirstOrDefault(w => w.Matches(diagnostic)) is { } waiver)
                {
                    waived.Add(new WaivedDiagnostic(diagnostic, waiver));
                    used.Add(waiver);
                }
                else
                {
                    kept.Add(diagnostic);
                }
            }

            foreach (var waiver in options.Waivers.Where(w => !used.Contains(w)))
            {
                kept.Add(new Diagnostic(DiagnosticCodes.UnusedWaiver, $"The waiver of {waiver.Code} for \"{waiver.EntityId}\"{(waiver.JsonPointer is null ? string.Empty : " at " + waiver.JsonPointer)} matched no finding.") { EntityId = waiver.EntityId });
            }

            return (kept, waived);
        }
    }
}
