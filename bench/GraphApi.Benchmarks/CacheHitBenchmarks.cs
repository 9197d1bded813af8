using System.ComponentModel;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Benchmarks;

/// <summary>
/// The in-process hit of the result cache (issue 16): the API's own level (a size-bounded <see cref="MemoryCache"/>
/// of the response bytes) against HybridCache's local level, once for the bytes themselves (a mutable type, which
/// HybridCache copies out of its buffer on every hit) and once for an immutable wrapper (handed out as it is).
/// The response is that of the README's first example, about 2 KB; keys are SHA-256 hex like the API's.
/// </summary>
[MemoryDiagnoser]
public class CacheHitBenchmarks
{
    private const string Key = "result:3f2a9c0e5b7d4a1f8e6c2b9d0a7f5e3c1b8d6f4a2e0c9b7d5f3a1e8c6b4d2f0a";

    private readonly byte[] _response = new byte[2048];
    private MemoryCache _memory = null!;
    private ServiceProvider _services = null!;
    private HybridCache _hybrid = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        Random.Shared.NextBytes(_response);
        _memory = new MemoryCache(new MemoryCacheOptions { SizeLimit = 64L * 1024 * 1024 });
        _memory.Set(Key, _response, new MemoryCacheEntryOptions { Size = _response.Length, AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5) });
        _services = new ServiceCollection().AddHybridCache().Services.BuildServiceProvider();
        _hybrid = _services.GetRequiredService<HybridCache>();
        await _hybrid.SetAsync(Key, _response);
        await _hybrid.SetAsync(Key + ":immutable", new Answer(_response));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _memory.Dispose();
        _services.Dispose();
    }

    [Benchmark(Baseline = true)]
    public byte[]? Ours() => _memory.TryGetValue(Key, out byte[]? data) ? data : null;

    [Benchmark]
    public ValueTask<byte[]> HybridBytes() => _hybrid.GetOrCreateAsync(Key, _ => ValueTask.FromResult(_response));

    [Benchmark]
    public ValueTask<Answer> HybridImmutable() => _hybrid.GetOrCreateAsync(Key + ":immutable", _ => ValueTask.FromResult(new Answer(_response)));

    /// <summary>Marked immutable, so that HybridCache hands the cached instance out instead of a copy.</summary>
    [ImmutableObject(true)]
    public sealed record Answer(byte[] Data);
}
