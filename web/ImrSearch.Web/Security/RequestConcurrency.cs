using System.Threading.RateLimiting;
using ImrSearch.Web.Configuration;

namespace ImrSearch.Web.Security;

/// <summary>
/// How many requests run at once: per client (its address) for pages and the API, answered 429 beyond it; and in
/// all for the expensive endpoints (exports, case pages with their similar items, outcome tables, citation lists,
/// the draft check, side by side), which wait up to <see cref="QueueWait"/> for a slot and are then answered 503. Both with
/// Retry-After. The request budget per minute (<see cref="ClientRateLimiting"/>) bounds how often; this bounds how
/// much at once, so one client cannot hold every core with slow requests.
/// </summary>
public sealed class RequestConcurrency : IDisposable
{
    /// <summary>How long an expensive request waits for a free slot before it is refused.</summary>
    public static readonly TimeSpan QueueWait = TimeSpan.FromSeconds(1);

    private static readonly string[] ExpensivePrefixes =
        ["/export", "/brief", "/case", "/outcomes", "/guidelines", "/check", "/api/check", "/api/outcomes", "/api/guidelines", "/api/cases",
            // Side by side reads and analyses up to twice SideBySide.GroupSize rationales.
            "/compare", "/api/compare",
            // Training: feedback finds similar items, a new set or practice runs several searches.
            "/training", "/api/training"];

    private readonly PartitionedRateLimiter<string> perClient;
    private readonly ConcurrencyLimiter expensive;
    private readonly ImrSearchOptions options;

    public RequestConcurrency(ImrSearchOptions options)
    {
        this.options = options;
        perClient = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetConcurrencyLimiter(
            client,
            _ => new ConcurrencyLimiterOptions { PermitLimit = Math.Max(1, options.ConcurrentRequestsPerClient), QueueLimit = 0 }));
        expensive = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, options.ConcurrentExpensiveRequests),
            QueueLimit = 1024,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>Whether a path is one of the expensive endpoints the global limit applies to.</summary>
    public static bool IsExpensive(PathString path) =>
        ExpensivePrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        using var client = perClient.AttemptAcquire(ClientRateLimiting.ClientKey(context));
        if (!client.IsAcquired)
        {
            await ProblemAnswers.RefuseAsync(context, StatusCodes.Status429TooManyRequests, 1, "Too many requests at once",
                $"This client already has {options.ConcurrentRequestsPerClient} requests running. Wait for them to finish.");
            return;
        }

        if (!IsExpensive(context.Request.Path))
        {
            await next(context);
            return;
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        wait.CancelAfter(QueueWait);
        RateLimitLease slot;
        try
        {
            slot = await expensive.AcquireAsync(1, wait.Token);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            slot = FailedLease.Instance;
        }

        using (slot)
        {
            if (!slot.IsAcquired)
            {
                await ProblemAnswers.RefuseAsync(context, StatusCodes.Status503ServiceUnavailable, 2, "Busy",
                    "The site is answering as many exports, case pages and analyses as it can at once. Try again in a few seconds.");
                return;
            }

            await next(context);
        }
    }

    public void Dispose()
    {
        perClient.Dispose();
        expensive.Dispose();
    }

    private sealed class FailedLease : RateLimitLease
    {
        public static readonly FailedLease Instance = new();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}

public static class RequestConcurrencyExtensions
{
    public static IServiceCollection AddRequestConcurrency(this IServiceCollection services) =>
        services.AddSingleton<RequestConcurrency>();

    public static IApplicationBuilder UseRequestConcurrency(this IApplicationBuilder app)
    {
        var concurrency = app.ApplicationServices.GetRequiredService<RequestConcurrency>();
        return app.Use((context, next) => concurrency.InvokeAsync(context, next));
    }
}
