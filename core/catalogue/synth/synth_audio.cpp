// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/synth/synth_audio.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace accord::catalogue {

namespace {

constexpr double kTwoPi = 6.283185307179586;

// splitmix64: the same stream on every compiler (std::uniform_*_distribution is not specified).
class Rng {
public:
    explicit Rng(std::uint64_t seed) : m_state(seed * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; } // [0, 1)
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }

private:
    std::uint64_t m_state;
};

// One voice's timbre: additive partials with their own decay, optional FM, or a plucked (Karplus-like)
// bright attack that dulls. Chosen per seed so timbre, not only pitch, tells recordings apart.
struct Timbre {
    std::array<double, 6> partials{};
    double fmRatio = 0, fmDepth = 0;
    double attack = 0.01, decay = 2.0;
};

Timbre randomTimbre(Rng& rng)
{
    Timbre t;
    for (std::size_t k = 0; k < t.partials.size(); ++k)
        t.partials[k] = (k == 0 ? 1.0 : rng.uniform() / static_cast<double>(k));
    if (rng.below(3) == 0) {
        t.fmRatio = 1.0 + rng.below(4);
        t.fmDepth = 0.5 + 3.0 * rng.uniform();
    }
    t.attack = 0.002 + 0.05 * rng.uniform();
    t.decay = 0.5 + 5.0 * rng.uniform();
    return t;
}

// Adds one note of `timbre` at `freq` to out[start, start + length). Partials advance by rotation (one
// complex multiply a sample, no sin()) and the envelope by a constant factor, so a 120 s piece costs
// tens of milliseconds; FM timbres need sin() per sample. The note stops once inaudible.
void addNote(std::vector<float>& out, std::size_t start, std::size_t length, double freq, double gain,
             const Timbre& timbre, int rate)
{
    const std::size_t end = std::min(out.size(), start + length);
    const auto attackSamples = static_cast<std::size_t>(timbre.attack * rate) + 1;
    const double fall = std::exp(-timbre.decay / rate);
    std::array<double, 6> re{}, im{}, cr{}, ci{};
    for (std::size_t k = 0; k < timbre.partials.size(); ++k) {
        const double w = kTwoPi * freq * static_cast<double>(k + 1) / rate;
        re[k] = 1.0;
        cr[k] = std::cos(w);
        ci[k] = std::sin(w);
    }
    double env = 1.0;
    for (std::size_t i = start; i < end && env > 1e-3; ++i) {
        const std::size_t n = i - start;
        const double a =
            n < attackSamples ? static_cast<double>(n) / static_cast<double>(attackSamples) : 1.0;
        double v = 0;
        if (timbre.fmDepth > 0) {
            const double t = static_cast<double>(n) / rate;
            v = std::sin(kTwoPi * freq * t + timbre.fmDepth * std::sin(kTwoPi * freq * timbre.fmRatio * t));
        } else {
            for (std::size_t k = 0; k < timbre.partials.size(); ++k) {
                if (freq * static_cast<double>(k + 1) >= 0.45 * rate)
                    break;
                v += timbre.partials[k] * im[k];
                const double r = re[k] * cr[k] - im[k] * ci[k];
                im[k] = re[k] * ci[k] + im[k] * cr[k];
                re[k] = r;
            }
        }
        out[i] += static_cast<float>(gain * a * env * v);
        env *= fall;
    }
}

// Drums: a kick (falling sine), a snare (noise + tone), a hi-hat (high-passed noise by differencing).
void addDrum(std::vector<float>& out, std::size_t start, int kind, double gain, Rng& rng, int rate)
{
    const auto length = static_cast<std::size_t>(rate * (kind == 2 ? 0.05 : 0.25));
    const std::size_t end = std::min(out.size(), start + length);
    double phase = 0, last = 0;
    for (std::size_t i = start; i < end; ++i) {
        const double t = static_cast<double>(i - start) / rate;
        const double noise = 2.0 * rng.uniform() - 1.0;
        double v = 0;
        if (kind == 0) {
            phase += kTwoPi * (50.0 + 100.0 * std::exp(-30.0 * t)) / rate;
            v = std::sin(phase) * std::exp(-12.0 * t);
        } else if (kind == 1) {
            v = (0.7 * noise + 0.3 * std::sin(kTwoPi * 190.0 * t)) * std::exp(-20.0 * t);
        } else {
            v = (noise - last) * std::exp(-60.0 * t);
        }
        last = noise;
        out[i] += static_cast<float>(gain * v);
    }
}

} // namespace

std::vector<float> synthMusic(std::uint64_t seed, double seconds, int sampleRate)
{
    Rng rng(seed);
    const auto total = static_cast<std::size_t>(std::max(0.0, seconds) * sampleRate);
    std::vector<float> out(total, 0.0f);
    static constexpr std::array<std::array<int, 7>, 4> kScales{
        {{0, 2, 4, 5, 7, 9, 11}, {0, 2, 3, 5, 7, 8, 10}, {0, 2, 4, 7, 9, 12, 14}, {0, 3, 5, 6, 7, 10, 12}}};
    const auto& scale = kScales[static_cast<std::size_t>(rng.below(4))];
    const double root = 110.0 * std::pow(2.0, rng.below(12) / 12.0);
    const double bpm = 70.0 + 90.0 * rng.uniform();
    const int beatsPerBar = 3 + rng.below(3);
    const auto beat = static_cast<std::size_t>(60.0 / bpm * sampleRate);
    const Timbre lead = randomTimbre(rng), pad = randomTimbre(rng), bass = randomTimbre(rng);
    // A drum pattern of one bar in sixteenths: kick, snare, hi-hat each on or off per step.
    std::array<std::uint32_t, 3> pattern{};
    for (auto& p : pattern)
        p = static_cast<std::uint32_t>(rng.next());
    const bool drums = rng.below(5) != 0;
    // Chord progression of four bars, a new one every phrase of 4 bars.
    std::array<int, 4> progression{};
    std::size_t bar = 0;
    for (std::size_t at = 0; at < total; at += beat * static_cast<std::size_t>(beatsPerBar), ++bar) {
        if (bar % 4 == 0)
            for (int& degree : progression)
                degree = rng.below(7);
        const int degree = progression[bar % 4];
        const auto barLength = beat * static_cast<std::size_t>(beatsPerBar);
        // Pad chord (degree, +2, +4 in the scale) and a bass note one octave down.
        for (int k = 0; k < 3; ++k) {
            const int step = (degree + 2 * k) % 7;
            const double f = root * std::pow(2.0, (scale[static_cast<std::size_t>(step)] + 12) / 12.0);
            addNote(out, at, barLength, f, 0.06, pad, sampleRate);
        }
        addNote(out, at, barLength, root * std::pow(2.0, scale[static_cast<std::size_t>(degree)] / 12.0) / 2,
                0.15, bass, sampleRate);
        // Melody: notes of one to four sixteenths, sometimes rests, around the chord.
        const std::size_t sixteenth = beat / 4;
        for (std::size_t s = 0; s < static_cast<std::size_t>(beatsPerBar) * 4;) {
            const std::size_t len = 1 + static_cast<std::size_t>(rng.below(4));
            if (rng.below(6) != 0) {
                const int step = degree + rng.below(9);
                const double f =
                    root * 2.0 *
                    std::pow(2.0, (scale[static_cast<std::size_t>(step % 7)] + 12 * (step / 7)) / 12.0);
                addNote(out, at + s * sixteenth, len * sixteenth, f, 0.12, lead, sampleRate);
            }
            s += len;
        }
        if (drums)
            for (std::size_t s = 0; s < static_cast<std::size_t>(beatsPerBar) * 4; ++s)
                for (int kind = 0; kind < 3; ++kind)
                    if ((pattern[static_cast<std::size_t>(kind)] >> (s % 32)) & 1u)
                        addDrum(out, at + s * sixteenth, kind, kind == 2 ? 0.08 : 0.25, rng, sampleRate);
    }
    float peak = 1e-9f;
    for (float v : out)
        peak = std::max(peak, std::fabs(v));
    for (float& v : out)
        v *= 0.8f / peak;
    return out;
}

} // namespace accord::catalogue
