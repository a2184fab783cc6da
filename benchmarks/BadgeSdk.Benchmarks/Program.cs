using BadgeSdk.Benchmarks;
using BenchmarkDotNet.Running;

// Each mode lives in its own method, so a cold-start child never loads BenchmarkDotNet.
return args switch
{
    ["ab", ..] => await AbMode.RunAsync(args),
    ["cold", ..] => await ColdStart.RunAsync(args),
    ["alloc", ..] => await AllocMode.RunAsync(args),
    ["cold-once", var mode, var stub] => await ColdStart.OnceAsync(mode, new Uri(stub)),
    _ => RunBenchmarkDotNet(args),
};

static int RunBenchmarkDotNet(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(AbMode).Assembly).Run(args);
    return 0;
}
