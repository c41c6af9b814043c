using ImrSearch.Search;
using ImrSearch.Search.Execution;

namespace ImrSearch.Tests.Search;

/// <summary>
/// <see cref="PassAdmission.WaitTurnAsync"/>: a turn awaited without a thread, in line with the passes that block,
/// bounded by the budget and cancellation, its cores given back however it ends; and a held turn's cores for every
/// pass of its flow.
/// </summary>
public sealed class PassAdmissionTurnTests
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    /// <summary>Admits a pass on a flow of its own, as another request would.</summary>
    private static PassAdmission.Lease Hold(PassAdmission admission, int wanted) =>
        Task.Run(() => admission.Enter(wanted, null)).GetAwaiter().GetResult();

    [Fact]
    public async Task A_turn_is_granted_at_once_with_the_idle_cores_and_given_back_when_disposed()
    {
        var admission = new PassAdmission(2);

        var turn = await admission.WaitTurnAsync(4, null);

        Assert.Equal(2, turn.Cores);
        Assert.Equal(2, admission.Busy);
        turn.Dispose();
        turn.Dispose();
        Assert.Equal(0, admission.Busy);
    }

    [Fact]
    public async Task Turns_and_blocking_passes_share_one_line_in_the_order_they_came()
    {
        var admission = new PassAdmission(1);
        var first = Hold(admission, 1);
        var order = new List<string>();

        var awaited = admission.WaitTurnAsync(1, null);
        Assert.False(awaited.IsCompleted);
        Assert.Equal(1, admission.Waiting);
        var blocking = Task.Run(() =>
        {
            using var lease = admission.Enter(1, null);
            lock (order)
            {
                order.Add("blocking");
            }
        });
        Assert.True(SpinWait.SpinUntil(() => admission.Waiting == 2, Long), "the blocking pass should be in line");

        first.Dispose();
        using (var turn = await awaited.WaitAsync(Long))
        {
            lock (order)
            {
                order.Add("turn");
            }

            Assert.Equal(1, admission.Waiting);
        }

        await blocking.WaitAsync(Long);
        Assert.Equal(["turn", "blocking"], order);
        Assert.Equal(0, admission.Busy);
    }

    [Fact]
    public async Task A_held_turn_gives_its_cores_to_each_pass_of_its_flow_and_one_to_the_passes_inside_them()
    {
        var admission = new PassAdmission(2);
        using var budget = SearchBudget.Start(TimeSpan.FromSeconds(10));
        using var turn = await admission.WaitTurnAsync(2, SearchBudget.Current);
        turn.Hold();

        // Were these made to wait, they would wait for the turn itself: the budget would end the test instead.
        for (var pass = 0; pass < 2; pass++)
        {
            using var lease = admission.Enter(2, SearchBudget.Current);
            Assert.Equal(2, lease.Cores);
            using var inner = admission.Enter(2, SearchBudget.Current);
            Assert.Equal(1, inner.Cores);
        }

        Assert.Equal(2, admission.Busy);
        turn.Dispose();
        Assert.Equal(0, admission.Busy);

        // The hold ended with the turn: a pass now takes cores of its own.
        using var own = admission.Enter(1, SearchBudget.Current);
        Assert.Equal(1, admission.Busy);
    }

    [Fact]
    public async Task A_turn_awaited_past_its_budget_or_cancelled_leaves_the_line_and_loses_no_core()
    {
        var admission = new PassAdmission(1);
        var held = Hold(admission, 1);

        using (SearchBudget.Start(TimeSpan.FromMilliseconds(50)))
        {
            await Assert.ThrowsAsync<SearchTimeoutException>(() => admission.WaitTurnAsync(1, SearchBudget.Current));
        }

        using (var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50)))
        using (SearchBudget.Start(Long, cancellation.Token))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => admission.WaitTurnAsync(1, SearchBudget.Current));
        }

        Assert.Equal(0, admission.Waiting);
        held.Dispose();
        Assert.Equal(0, admission.Busy);
        using var next = await admission.WaitTurnAsync(1, null);
        Assert.Equal(1, next.Cores);
    }

    [Fact]
    public async Task Turns_ending_as_they_are_granted_lose_no_core()
    {
        var admission = new PassAdmission(2);
        var flows = Enumerable.Range(0, 8).Select(t => Task.Run(async () =>
        {
            var random = new Random(t);
            for (var i = 0; i < 1_000; i++)
            {
                using var budget = SearchBudget.Start(TimeSpan.FromTicks(random.Next(1, 5_000)));
                try
                {
                    if (random.Next(2) == 0)
                    {
                        using var turn = await admission.WaitTurnAsync(1 + random.Next(2), SearchBudget.Current);
                        Thread.SpinWait(random.Next(20_000));
                    }
                    else
                    {
                        using var lease = admission.Enter(1 + random.Next(2), SearchBudget.Current);
                        Thread.SpinWait(random.Next(20_000));
                    }
                }
                catch (SearchTimeoutException)
                {
                    // Its budget ended in line, possibly just as its turn came.
                }
            }
        })).ToArray();

        await Task.WhenAll(flows).WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Equal(0, admission.Waiting);
        Assert.Equal(0, admission.Busy);
        using var both = await admission.WaitTurnAsync(2, null);
        Assert.Equal(2, both.Cores);
    }
}
