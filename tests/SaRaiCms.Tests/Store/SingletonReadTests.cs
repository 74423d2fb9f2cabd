using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SaRaiCms.Sites;
using SaRaiCms.Store;

namespace SaRaiCms.Tests.Store;

/// <summary>A page reads the site settings from several services: one unit of work reads them from the store once.</summary>
public sealed class SingletonReadTests
{
    [Fact]
    public async Task A_singleton_is_read_from_the_store_once_per_unit_of_work_and_saved_changes_are_seen()
    {
        // Listening before the host starts: pooled contexts keep EF Core's "nobody listens" shortcut for a while.
        using var commands = new CommandCounter();
        await using var site = new SiteFactory();
        _ = site.Server;
        await site.InScopeAsync(async sp =>
        {
            var session = sp.GetRequiredService<IDocumentSession>();
            commands.Context = sp.GetRequiredService<StoreDbContext>();

            var first = await session.GetSingletonAsync<SiteSettings>();
            var afterFirst = commands.Count;
            var second = await session.GetSingletonAsync<SiteSettings>();

            Assert.NotNull(first);
            Assert.Same(first, second);
            Assert.True(afterFirst >= 1);
            Assert.Equal(afterFirst, commands.Count);

            first!.SiteName = "Đổi tên";
            session.Save(first);
            await session.SaveChangesAsync();
            Assert.Equal("Đổi tên", (await session.GetSingletonAsync<SiteSettings>())!.SiteName);
        });

        // Another unit of work reads the saved document again.
        Assert.Equal("Đổi tên", await site.InScopeAsync(async sp => (await sp.GetRequiredService<IDocumentSession>().GetSingletonAsync<SiteSettings>())!.SiteName));
    }

    /// <summary>Counts the commands EF Core runs for one DbContext (its diagnostic events).</summary>
    private sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly IDisposable _all;
        private readonly List<IDisposable> _listeners = [];
        private int _count;

        public CommandCounter() => _all = DiagnosticListener.AllListeners.Subscribe(this);

        /// <summary>The context whose commands count.</summary>
        public StoreDbContext? Context { get; set; }

        public int Count => Volatile.Read(ref _count);

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                lock (_listeners)
                {
                    _listeners.Add(listener.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData data && ReferenceEquals(data.Context, Context))
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _all.Dispose();
            lock (_listeners)
            {
                _listeners.ForEach(l => l.Dispose());
            }
        }
    }
}
