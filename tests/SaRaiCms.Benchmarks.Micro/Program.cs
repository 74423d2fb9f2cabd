using BenchmarkDotNet.Running;

namespace SaRaiCms.Benchmarks.Micro;

/// <summary>Runs the micro-benchmarks: <c>scripts/bench-micro [BenchmarkDotNet options, e.g. --filter *Render*]</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
