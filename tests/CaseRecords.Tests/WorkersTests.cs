using System.Collections.Concurrent;

namespace CaseRecords.Tests;

/// <summary>The loader and the validator spread their work with <see cref="Workers"/>: every item once, a state per thread, failures as they are.</summary>
public class WorkersTests
{
    [Theory]
    [InlineData(0, -1)]
    [InlineData(1, -1)]
    [InlineData(1000, -1)]
    [InlineData(1000, 1)]
    [InlineData(1000, 64)]
    public void Every_item_is_handed_out_once_and_each_thread_makes_one_state(int count, int degree)
    {
        var seen = new int[count];
        var states = new ConcurrentBag<List<int>>();
        Workers.For(
            count,
            degree,
            () =>
            {
                var mine = new List<int>();
                states.Add(mine);
                return mine;
            },
            (i, mine) =>
            {
                Interlocked.Increment(ref seen[i]);
                mine.Add(i);
            });

        seen.ShouldAllBe(n => n == 1);
        states.Count.ShouldBeLessThanOrEqualTo(Math.Min(count, Environment.ProcessorCount)); // none for no items
        states.ShouldAllBe(mine => mine.Count > 0); // a thread that takes no item makes no state
        states.SelectMany(s => s).Count().ShouldBe(count);
        foreach (var mine in states)
        {
            mine.ShouldBeInOrder(SortDirection.Ascending); // handed out in order
        }
    }

    [Fact]
    public void One_thread_means_the_calling_thread()
    {
        var caller = Environment.CurrentManagedThreadId;
        var threads = new ConcurrentBag<int>();
        Workers.For(100, 1, i => threads.Add(Environment.CurrentManagedThreadId));
        threads.Distinct().ShouldBe([caller]);
    }

    [Fact]
    public void A_failure_is_thrown_as_it_is_once_every_thread_has_stopped()
    {
        var running = 0;
        var e = Should.Throw<InvalidOperationException>(() => Workers.For(10_000, -1, i =>
        {
            Interlocked.Increment(ref running);
            try
            {
                if (i == 100)
                {
                    throw new InvalidOperationException("item 100");
                }

                Thread.SpinWait(100);
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }));

        e.Message.ShouldBe("item 100");
        Volatile.Read(ref running).ShouldBe(0);
    }
}
