using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SaRaiCms.Testing;

/// <summary>
/// Counts the SQL commands EF Core runs, through its diagnostic source (nothing in the host
/// changes). Create it before the host starts: a pooled context skips diagnostics for a while
/// after it once found nobody listening.
/// </summary>
public sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly IDisposable _all;
    private readonly List<IDisposable> _listeners = [];
    private int _count;

    public SqlCommandCounter() => _all = DiagnosticListener.AllListeners.Subscribe(this);

    public int Count => Volatile.Read(ref _count);

    /// <summary>When set, only the commands of this context count.</summary>
    public DbContext? Context { get; set; }

    /// <summary>When set, the text of each counted command is added.</summary>
    public List<string>? Capture { get; set; }

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_listeners)
            {
                _listeners.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key != RelationalEventId.CommandExecuted.Name || value.Value is not CommandExecutedEventData executed
            || (Context is { } context && !ReferenceEquals(executed.Context, context)))
        {
            return;
        }

        Interlocked.Increment(ref _count);
        if (Capture is { } capture)
        {
            lock (capture)
            {
                capture.Add(executed.Command.CommandText);
            }
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
