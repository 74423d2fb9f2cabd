using Microsoft.Extensions.Diagnostics.HealthChecks;
using SaRaiCms.Store;

namespace SaRaiCms.Web;

/// <summary>Healthy when the site's store answers a query.</summary>
public sealed class StoreHealthCheck(StoreDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        => await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The store cannot be reached.");
}
