using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace SaRaiCms.Testing;

/// <summary>Serves a test site on a real socket, for a browser or a client that must look like a local proxy.</summary>
public static class LoopbackHost
{
    /// <summary>
    /// Starts <paramref name="site"/> on Kestrel at 127.0.0.1 on a free port and returns its address
    /// (e.g. http://127.0.0.1:41234). Call before anything else starts the host.
    /// </summary>
    public static Uri StartOnLoopback(this SiteFactory site)
    {
        site.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        site.StartServer();
        var addresses = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
                        ?? throw new InvalidOperationException("Kestrel reported no address.");
        return new Uri(addresses.First());
    }
}
