using System.Runtime.ExceptionServices;

namespace CaseRecords;

/// <summary>
/// Work spread over the processors, as the loader and the validator do it: items are handed out one at a time, in
/// order, to at most one thread per processor (the calling thread among them), so that no thread is left with a run of
/// items while the others wait, and the threads never outnumber the cores.
/// </summary>
/// <remarks>
/// <c>Parallel.For</c> did this before: it hands each thread a stretch of the items to start with and adds threads as
/// the pool grows, and at 100k claims one thread was often left alone with the last stretch of entities (a sixth of
/// the run) while three threads took turns on two cores (benchmarks/README.md).
/// </remarks>
internal static class Workers
{
    /// <summary>
    /// Calls <paramref name="body"/> for every index below <paramref name="count"/>, on as many threads as
    /// <paramref name="maxDegreeOfParallelism"/> allows (-1: one per processor) and no more than there are items or
    /// processors. Each thread makes its state once, with <paramref name="newState"/>, for all the items it takes (a
    /// thread that takes none makes none).
    /// </summary>
    /// <remarks>
    /// A failure stops the handing out of items; once every thread has stopped, the first failure is thrown as it is,
    /// as one thread would have thrown it (not wrapped).
    /// </remarks>
    public static void For<TState>(int count, int maxDegreeOfParallelism, Func<TState> newState, Action<int, TState> body)
    {
        var threads = Math.Min(count, maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : Math.Min(maxDegreeOfParallelism, Environment.ProcessorCount));
        if (threads < 2)
        {
            if (count > 0)
            {
                var state = newState();
                for (var i = 0; i < count; i++)
                {
                    body(i, state);
                }
            }

            return;
        }

        var next = -1;
        ExceptionDispatchInfo? failure = null;
        void Work()
        {
            try
            {
                TState? state = default;
                var made = false;
                int i;
                while ((i = Interlocked.Increment(ref next)) < count && Volatile.Read(ref failure) is null)
                {
                    if (!made)
                    {
                        state = newState();
                        made = true;
                    }

                    body(i, state!);
                }
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
            }
        }

        var others = new Task[threads - 1];
        for (var t = 0; t < others.Length; t++)
        {
            others[t] = Task.Run(Work);
        }

        Work();
        Task.WaitAll(others);
        failure?.Throw();
    }

    /// <summary>Calls <paramref name="body"/> for every index below <paramref name="count"/>, as <see cref="For{TState}"/> does, with no state.</summary>
    public static void For(int count, int maxDegreeOfParallelism, Action<int> body) =>
        For(count, maxDegreeOfParallelism, static () => false, (i, _) => body(i));
}
