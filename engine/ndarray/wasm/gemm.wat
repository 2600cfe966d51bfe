;; GEMM kernels for engine/ndarray/linalg.ts (assembled by `npm run build:wasm` into gemm-wasm.ts): float64
;; (gemm4/gemm1) and float32 with a float32 fused multiply-add per term (sgemm4/sgemm1, at the end of this file).
;;
;; float64: every C[i,j] is summed exactly like the JS kernel: 0 + A[i,0]·B[0,j] + A[i,1]·B[1,j] + … in ascending p,
;; a separate multiply and add per term (no FMA: WebAssembly SIMD has none outside relaxed-simd), so the
;; results are bit-identical. SIMD runs across two columns (f64x2); the sum over p stays sequential per lane.
;;
;; Memory is scratch owned by the caller (wasm/gemm.ts): it writes A (row-major, m×k) and B (row-major, k×n) as
;; doubles, calls pack_a and pack_b, then gemm4/gemm1 (or sgemm4/sgemm1) on blocks of rows, and reads C back. Every
;; byte these functions read was written first in the same call sequence (B panels are zero-padded to a multiple of
;; 4 columns here; C rows are written whole, padding columns included).
(module
  (memory (export "mem") 1 1024) ;; at most 64 MiB

  ;; B (k×n row-major at $src) → panels of 4 columns at $dst: panel q holds B[p, 4q..4q+3] for p = 0..k-1,
  ;; 32 bytes per p; columns ≥ n are +0.
  (func (export "pack_b") (param $src i32) (param $dst i32) (param $k i32) (param $n i32)
    (local $j i32) (local $w i32) (local $s i32) (local $e i32) (local $n8 i32) (local $c i32)
    (local.set $n8 (i32.shl (local.get $n) (i32.const 3)))
    (block $done
      (loop $panel
        (br_if $done (i32.ge_u (local.get $j) (local.get $n)))
        (local.set $w (i32.sub (local.get $n) (local.get $j)))
        (local.set $s (i32.add (local.get $src) (i32.shl (local.get $j) (i32.const 3))))
        (local.set $e (i32.add (local.get $dst) (i32.shl (local.get $k) (i32.const 5))))
        (if (i32.ge_u (local.get $w) (i32.const 4))
          (then
            (block $end
              (loop $row
                (br_if $end (i32.ge_u (local.get $dst) (local.get $e)))
                (v128.store (local.get $dst) (v128.load (local.get $s)))
                (v128.store offset=16 (local.get $dst) (v128.load offset=16 (local.get $s)))
                (local.set $s (i32.add (local.get $s) (local.get $n8)))
                (local.set $dst (i32.add (local.get $dst) (i32.const 32)))
                (br $row))))
          (else
            (block $end
              (loop $row
                (br_if $end (i32.ge_u (local.get $dst) (local.get $e)))
                (v128.store (local.get $dst) (v128.const i64x2 0 0))
                (v128.store offset=16 (local.get $dst) (v128.const i64x2 0 0))
                (local.set $c (i32.const 0))
                (loop $col
                  (f64.store (i32.add (local.get $dst) (i32.shl (local.get $c) (i32.const 3)))
                    (f64.load (i32.add (local.get $s) (i32.shl (local.get $c) (i32.const 3)))))
                  (local.set $c (i32.add (local.get $c) (i32.const 1)))
                  (br_if $col (i32.lt_u (local.get $c) (local.get $w))))
                (local.set $s (i32.add (local.get $s) (local.get $n8)))
                (local.set $dst (i32.add (local.get $dst) (i32.const 32)))
                (br $row)))))
        (local.set $j (i32.add (local.get $j) (i32.const 4)))
        (br $panel))))

  ;; A rows (row-major, k doubles per row, at $src) → $m4 panels of 4 rows at $dst: panel i holds
  ;; A[4i..4i+3, p] for p = 0..k-1, 32 bytes per p (one pointer and constant offsets in the kernel, and no
  ;; same-cache-set aliasing between rows whose stride is a power of two).
  (func (export "pack_a") (param $src i32) (param $dst i32) (param $m4 i32) (param $k i32)
    (local $s i32) (local $e i32) (local $k8 i32) (local $i i32)
    (local.set $k8 (i32.shl (local.get $k) (i32.const 3)))
    (block $done
      (loop $panel
        (br_if $done (i32.ge_u (local.get $i) (local.get $m4)))
        (local.set $s (i32.add (local.get $src) (i32.mul (local.get $i) (i32.shl (local.get $k8) (i32.const 2)))))
        (local.set $e (i32.add (local.get $dst) (i32.shl (local.get $k) (i32.const 5))))
        (block $end
          (loop $col
            (br_if $end (i32.ge_u (local.get $dst) (local.get $e)))
            (i64.store (local.get $dst) (i64.load (local.get $s)))
            (i64.store offset=8 (local.get $dst) (i64.load (i32.add (local.get $s) (local.get $k8))))
            (i64.store offset=16 (local.get $dst) (i64.load (i32.add (local.get $s) (i32.shl (local.get $k8) (i32.const 1)))))
            (i64.store offset=24 (local.get $dst) (i64.load (i32.add (local.get $s) (i32.mul (local.get $k8) (i32.const 3)))))
            (local.set $s (i32.add (local.get $s) (i32.const 8)))
            (local.set $dst (i32.add (local.get $dst) (i32.const 32)))
            (br $col)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $panel))))

  ;; C rows [0, 4·$m4) = A rows · B panels, 4×4 register tiles. A: $m4 panels from pack_a at $a.
  ;; B: $np panels from pack_b at $bp. C: $ldc bytes per row (≥ 32·$np), 4·$np columns written per row.
  (func (export "gemm4") (param $a i32) (param $bp i32) (param $c i32) (param $m4 i32) (param $k i32) (param $np i32) (param $ldc i32)
    (local $q i32) (local $ib i32) (local $pa i32) (local $pb i32) (local $pe i32) (local $pc i32)
    (local $kb i32) (local $panelA i32) (local $bq i32)
    (local $x v128) (local $b0 v128) (local $b1 v128)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (local.set $kb (i32.shl (local.get $k) (i32.const 5)))      ;; bytes per B panel
    (local.set $panelA (i32.shl (local.get $k) (i32.const 5)))  ;; bytes per 4 rows of A
    (local.set $bq (local.get $bp))
    (block $qdone
      (loop $qloop
        (br_if $qdone (i32.ge_u (local.get $q) (local.get $np)))
        (local.set $ib (i32.const 0))
        (block $idone
          (loop $iloop
            (br_if $idone (i32.ge_u (local.get $ib) (local.get $m4)))
            (local.set $c00 (v128.const i64x2 0 0)) (local.set $c01 (v128.const i64x2 0 0))
            (local.set $c10 (v128.const i64x2 0 0)) (local.set $c11 (v128.const i64x2 0 0))
            (local.set $c20 (v128.const i64x2 0 0)) (local.set $c21 (v128.const i64x2 0 0))
            (local.set $c30 (v128.const i64x2 0 0)) (local.set $c31 (v128.const i64x2 0 0))
            (local.set $pa (i32.add (local.get $a) (i32.mul (local.get $ib) (local.get $panelA))))
            (local.set $pb (local.get $bq))
            (local.set $pe (i32.add (local.get $bq) (local.get $kb)))
            (block $pdone
              (loop $ploop
                (br_if $pdone (i32.ge_u (local.get $pb) (local.get $pe)))
                (local.set $b0 (v128.load (local.get $pb)))
                (local.set $b1 (v128.load offset=16 (local.get $pb)))
                (local.set $x (v128.load64_splat (local.get $pa)))
                (local.set $c00 (f64x2.add (local.get $c00) (f64x2.mul (local.get $x) (local.get $b0))))
                (local.set $c01 (f64x2.add (local.get $c01) (f64x2.mul (local.get $x) (local.get $b1))))
                (local.set $x (v128.load64_splat offset=8 (local.get $pa)))
                (local.set $c10 (f64x2.add (local.get $c10) (f64x2.mul (local.get $x) (local.get $b0))))
                (local.set $c11 (f64x2.add (local.get $c11) (f64x2.mul (local.get $x) (local.get $b1))))
                (local.set $x (v128.load64_splat offset=16 (local.get $pa)))
                (local.set $c20 (f64x2.add (local.get $c20) (f64x2.mul (local.get $x) (local.get $b0))))
                (local.set $c21 (f64x2.add (local.get $c21) (f64x2.mul (local.get $x) (local.get $b1))))
                (local.set $x (v128.load64_splat offset=24 (local.get $pa)))
                (local.set $c30 (f64x2.add (local.get $c30) (f64x2.mul (local.get $x) (local.get $b0))))
                (local.set $c31 (f64x2.add (local.get $c31) (f64x2.mul (local.get $x) (local.get $b1))))
                (local.set $pa (i32.add (local.get $pa) (i32.const 32)))
                (local.set $pb (i32.add (local.get $pb) (i32.const 32)))
                (br $ploop)))
            (local.set $pc (i32.add (i32.add (local.get $c) (i32.shl (local.get $q) (i32.const 5)))
              (i32.mul (i32.shl (local.get $ib) (i32.const 2)) (local.get $ldc))))
            (v128.store (local.get $pc) (local.get $c00))
            (v128.store offset=16 (local.get $pc) (local.get $c01))
            (local.set $pc (i32.add (local.get $pc) (local.get $ldc)))
            (v128.store (local.get $pc) (local.get $c10))
            (v128.store offset=16 (local.get $pc) (local.get $c11))
            (local.set $pc (i32.add (local.get $pc) (local.get $ldc)))
            (v128.store (local.get $pc) (local.get $c20))
            (v128.store offset=16 (local.get $pc) (local.get $c21))
            (local.set $pc (i32.add (local.get $pc) (local.get $ldc)))
            (v128.store (local.get $pc) (local.get $c30))
            (v128.store offset=16 (local.get $pc) (local.get $c31))
            (local.set $ib (i32.add (local.get $ib) (i32.const 1)))
            (br $iloop)))
        (local.set $bq (i32.add (local.get $bq) (local.get $kb)))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (br $qloop))))

  ;; C rows [0, $m) one row at a time (the rows gemm4 leaves over), 1×8 tiles over two panels, then 1×4.
  (func (export "gemm1") (param $a i32) (param $bp i32) (param $c i32) (param $m i32) (param $k i32) (param $np i32) (param $ldc i32)
    (local $i i32) (local $q i32) (local $pa i32) (local $pb i32) (local $pe i32) (local $pc i32) (local $kb i32) (local $k8 i32)
    (local $x v128) (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128)
    (local.set $kb (i32.shl (local.get $k) (i32.const 5)))
    (local.set $k8 (i32.shl (local.get $k) (i32.const 3)))
    (block $idone
      (loop $iloop
        (br_if $idone (i32.ge_u (local.get $i) (local.get $m)))
        (local.set $q (i32.const 0))
        (local.set $pc (i32.add (local.get $c) (i32.mul (local.get $i) (local.get $ldc))))
        (block $qdone
          (loop $qloop
            (br_if $qdone (i32.ge_u (local.get $q) (local.get $np)))
            (local.set $s0 (v128.const i64x2 0 0)) (local.set $s1 (v128.const i64x2 0 0))
            (local.set $s2 (v128.const i64x2 0 0)) (local.set $s3 (v128.const i64x2 0 0))
            (local.set $pa (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $k8))))
            (local.set $pb (i32.add (local.get $bp) (i32.mul (local.get $q) (local.get $kb))))
            (local.set $pe (i32.add (local.get $pb) (local.get $kb)))
            (if (i32.lt_u (i32.add (local.get $q) (i32.const 1)) (local.get $np))
              (then
                ;; two panels: the second is $kb bytes after the first
                (block $pdone
                  (loop $ploop
                    (br_if $pdone (i32.ge_u (local.get $pb) (local.get $pe)))
                    (local.set $x (v128.load64_splat (local.get $pa)))
                    (local.set $s0 (f64x2.add (local.get $s0) (f64x2.mul (local.get $x) (v128.load (local.get $pb)))))
                    (local.set $s1 (f64x2.add (local.get $s1) (f64x2.mul (local.get $x) (v128.load offset=16 (local.get $pb)))))
                    (local.set $s2 (f64x2.add (local.get $s2) (f64x2.mul (local.get $x) (v128.load (i32.add (local.get $pb) (local.get $kb))))))
                    (local.set $s3 (f64x2.add (local.get $s3) (f64x2.mul (local.get $x) (v128.load offset=16 (i32.add (local.get $pb) (local.get $kb))))))
                    (local.set $pa (i32.add (local.get $pa) (i32.const 8)))
                    (local.set $pb (i32.add (local.get $pb) (i32.const 32)))
                    (br $ploop)))
                (v128.store (local.get $pc) (local.get $s0))
                (v128.store offset=16 (local.get $pc) (local.get $s1))
                (v128.store offset=32 (local.get $pc) (local.get $s2))
                (v128.store offset=48 (local.get $pc) (local.get $s3))
                (local.set $pc (i32.add (local.get $pc) (i32.const 64)))
                (local.set $q (i32.add (local.get $q) (i32.const 2))))
              (else
                (block $pdone
                  (loop $ploop
                    (br_if $pdone (i32.ge_u (local.get $pb) (local.get $pe)))
                    (local.set $x (v128.load64_splat (local.get $pa)))
                    (local.set $s0 (f64x2.add (local.get $s0) (f64x2.mul (local.get $x) (v128.load (local.get $pb)))))
                    (local.set $s1 (f64x2.add (local.get $s1) (f64x2.mul (local.get $x) (v128.load offset=16 (local.get $pb)))))
                    (local.set $pa (i32.add (local.get $pa) (i32.const 8)))
                    (local.set $pb (i32.add (local.get $pb) (i32.const 32)))
                    (br $ploop)))
                (v128.store (local.get $pc) (local.get $s0))
                (v128.store offset=16 (local.get $pc) (local.get $s1))
                (local.set $pc (i32.add (local.get $pc) (i32.const 32)))
                (local.set $q (i32.add (local.get $q) (i32.const 1)))))
            (br $qloop)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $iloop))))

  ;; ---------------------------------------------------------------- float32 with a fused multiply-add per term
  ;; sgemm4/sgemm1 take the same packed operands as gemm4/gemm1 (float32 values stored as doubles) and compute
  ;; linalg.ts's sgemmFma: each C[i,j] accumulated in float32 over ascending p, s = fmaf(A[i,p], B[p,j], s), with
  ;; fmaf exactly as engine/ndarray/f32math.ts computes it (the product exact in double, the sum rounded to double,
  ;; then to float32; f32.demote_f64 and Math.fround both round to nearest even).
  ;;
  ;; The vector loop keeps that double-then-float32 rounding, which is fmaf's result unless the double sum t lies
  ;; exactly halfway between two float32 values (then fmaf decides with the sum's exact error). For |t| in float32's
  ;; normal range that shows in t's bits: the 29 bits a float32 drops are 1 then 28 zeros. Below 2^-126 a float32
  ;; drops more bits, so any nonzero |t| ≤ 2^-126 is flagged too. Every other sum, NaN, ±Infinity and float32
  ;; overflow included, gets r from fmaf as well. One running unsigned minimum per vector ($watch, i32 lanes) holds
  ;; both tests: low words (t's bits 0..28) − 2^28, zero exactly at a midpoint; high words (|t|'s sign-less high
  ;; word) − 1, below 0x38100000 for 0 < |t| ≤ 2^-126 (t = 0 wraps to the maximum; a nonzero sum of float32
  ;; products is ≥ 2^-298, so its high word is never 0). A tile where any lane was flagged is recomputed whole,
  ;; element by element, calling $fmaf for the flagged sums: rare outside values built to hit midpoints or below
  ;; 2^-126, and the fast loop needs neither a branch nor the old sums. (The two conversions per vector bound the
  ;; loop; the checks are kept to three integer operations.)

  ;; fmaf from f32math.ts, operation for operation. a, b, c: float32 values as doubles.
  (func $fmaf (param $a f64) (param $b f64) (param $c f64) (result f64)
    (local $p f64) (local $s f64) (local $r f64) (local $other f64) (local $bp f64) (local $e f64)
    (local.set $p (f64.mul (local.get $a) (local.get $b)))
    (local.set $s (f64.add (local.get $p) (local.get $c)))
    (local.set $r (f64.promote_f32 (f32.demote_f64 (local.get $s))))
    (if (f64.eq (local.get $r) (local.get $s)) (then (return (local.get $r))))
    ;; !isFinite(r): NaN or ±Infinity
    (if (i32.eqz (f64.lt (f64.abs (local.get $r)) (f64.const inf))) (then (return (local.get $r))))
    (local.set $other (f64.sub (f64.mul (f64.const 2) (local.get $s)) (local.get $r)))
    (if (f64.ne (f64.promote_f32 (f32.demote_f64 (local.get $other))) (local.get $other)) (then (return (local.get $r))))
    (local.set $bp (f64.sub (local.get $s) (local.get $c)))
    (local.set $e (f64.add (f64.sub (local.get $p) (local.get $bp))
      (f64.sub (local.get $c) (f64.sub (local.get $s) (local.get $bp)))))
    (if (f64.eq (local.get $e) (f64.const 0)) (then (return (local.get $r))))
    (if (result f64) (f64.gt (local.get $e) (f64.const 0))
      (then (f64.max (local.get $r) (local.get $other)))
      (else (f64.min (local.get $r) (local.get $other)))))

  ;; whether a tile's sums need $fmaf: a low word of $watch at 0 (a midpoint) or a high word below 0x38100000
  (func $flagged (param $watch v128) (result i32)
    (v128.any_true (i32x4.lt_u (local.get $watch) (v128.const i32x4 1 0x38100000 1 0x38100000))))

  ;; C[$rows × 4] = one panel of B (pack_b layout at $pb) times $rows rows of A, each element by fmaf: the sum rounded
  ;; to float32 directly where the vector loop's tests (here on one double) allow it, $fmaf otherwise. A[r, p] is at
  ;; $pa + r·$aRow + p·$aStep (bytes), so both pack_a panels and plain rows can be read. C rows are $ldc apart.
  (func $sgemm_exact (param $pa i32) (param $aStep i32) (param $aRow i32) (param $rows i32) (param $pb i32)
      (param $k i32) (param $pc i32) (param $ldc i32)
    (local $r i32) (local $j i32) (local $ap i32) (local $bp i32) (local $be i32)
    (local $a f64) (local $b f64) (local $s f64) (local $t f64) (local $bits i64)
    (block $rdone
      (loop $rloop
        (br_if $rdone (i32.ge_u (local.get $r) (local.get $rows)))
        (local.set $j (i32.const 0))
        (loop $jloop
          (local.set $s (f64.const 0))
          (local.set $ap (i32.add (local.get $pa) (i32.mul (local.get $r) (local.get $aRow))))
          (local.set $bp (i32.add (local.get $pb) (i32.shl (local.get $j) (i32.const 3))))
          (local.set $be (i32.add (local.get $bp) (i32.shl (local.get $k) (i32.const 5))))
          (block $pdone
            (loop $ploop
              (br_if $pdone (i32.ge_u (local.get $bp) (local.get $be)))
              (local.set $a (f64.load (local.get $ap)))
              (local.set $b (f64.load (local.get $bp)))
              (local.set $t (f64.add (f64.mul (local.get $a) (local.get $b)) (local.get $s)))
              (local.set $bits (i64.reinterpret_f64 (local.get $t)))
              (local.set $s
                (if (result f64)
                  (i32.or
                    (i64.eq (i64.and (local.get $bits) (i64.const 0x1fffffff)) (i64.const 0x10000000))
                    (i64.lt_u (i64.sub (i64.and (local.get $bits) (i64.const 0x7fffffffffffffff)) (i64.const 1))
                      (i64.const 0x3810000000000000)))
                  (then (call $fmaf (local.get $a) (local.get $b) (local.get $s)))
                  (else (f64.promote_f32 (f32.demote_f64 (local.get $t))))))
              (local.set $ap (i32.add (local.get $ap) (local.get $aStep)))
              (local.set $bp (i32.add (local.get $bp) (i32.const 32)))
              (br $ploop)))
          (f64.store (i32.add (i32.add (local.get $pc) (i32.mul (local.get $r) (local.get $ldc))) (i32.shl (local.get $j) (i32.const 3)))
            (local.get $s))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (br_if $jloop (i32.lt_u (local.get $j) (i32.const 4))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rloop))))

  ;; gemm4's tiling (4×4 tiles, C rows [0, 4·$m4)) with fmaf accumulation.
  (func (export "sgemm4") (param $a i32) (param $bp i32) (param $c i32) (param $m4 i32) (param $k i32) (param $np i32) (param $ldc i32)
    (local $q i32) (local $ib i32) (local $pa i32) (local $pb i32) (local $pe i32) (local $pc i32)
    (local $kb i32) (local $bq i32)
    (local $x v128) (local $b0 v128) (local $b1 v128) (local $t v128) (local $watch v128) (local $keep v128) (local $bias v128)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (local.set $kb (i32.shl (local.get $k) (i32.const 5)))  ;; bytes per B panel, and per 4 rows of A
    (local.set $keep (v128.const i32x4 0x1fffffff 0x7fffffff 0x1fffffff 0x7fffffff))
    (local.set $bias (v128.const i32x4 0x10000000 1 0x10000000 1))
    (local.set $bq (local.get $bp))
    (block $qdone
      (loop $qloop
        (br_if $qdone (i32.ge_u (local.get $q) (local.get $np)))
        (local.set $ib (i32.const 0))
        (block $idone
          (loop $iloop
            (br_if $idone (i32.ge_u (local.get $ib) (local.get $m4)))
            (local.set $c00 (v128.const i64x2 0 0)) (local.set $c01 (v128.const i64x2 0 0))
            (local.set $c10 (v128.const i64x2 0 0)) (local.set $c11 (v128.const i64x2 0 0))
            (local.set $c20 (v128.const i64x2 0 0)) (local.set $c21 (v128.const i64x2 0 0))
            (local.set $c30 (v128.const i64x2 0 0)) (local.set $c31 (v128.const i64x2 0 0))
            (local.set $watch (v128.const i64x2 -1 -1))
            (local.set $pa (i32.add (local.get $a) (i32.mul (local.get $ib) (local.get $kb))))
            (local.set $pb (local.get $bq))
            (local.set $pe (i32.add (local.get $bq) (local.get $kb)))
            (block $pdone
              (loop $ploop
                (br_if $pdone (i32.ge_u (local.get $pb) (local.get $pe)))
                (local.set $b0 (v128.load (local.get $pb)))
                (local.set $b1 (v128.load offset=16 (local.get $pb)))
                (local.set $x (v128.load64_splat (local.get $pa)))
                (local.set $t (f64x2.add (f64x2.mul (local.get $x) (local.get $b0)) (local.get $c00)))
                (local.set $c00 (f64x2.promote_low_f32x4 (f32x4.demote_f64x2_zero (local.get $t))))
                (local.set $watch (i32x4.min_u (local.get $watch) (i32x4.sub (v128.and (local.get $t) (local.get $keep)) (local.get $bias))))
                (local.set $t (f64x2.add (f64x2.mul (local.get $x) (local.get $b1)) (local.get $c01)))
                (local.set $c01 (f64x2.promote_low_f32x4 (f32x4.demote_f64x2_zero (local.get $t))))
                (local.set $watch (i32x4.min_u (local.get $watch) (i32x4.sub (v128.and (local.get $t) (local.get $keep)) (local.get $bias))))
                (local.set $x (v128.load64_splat offset=8 (local.get $pa)))
                (local.set $t (f64x2.add (f64x2.mul (local.get $x) (local.get $b0)) (local.get $c10)))
                (local.set $c10 (f64x2.promote_low_f32x4 (f32x4.demote_f64x2_zero (local.get $t))))
                (local.set $watch (i32x4.min_u (local.get $watch) (i32x4.sub (v128.and (local.get $t) (local.get $keep)) (local.get $bias))))
                (local.set $t (f64x2.add (f64x2.mul (local.get $x) (local.get $b1)) (local.get $c11)))
                (local.set $c11 (f64x2.promote_low_f32x4 (f32x4.demote_f64x2_zero (local.get $t))))
                (local.set $watch (i32x4.min_u (local.get $watch) (i32x4.sub (v128.and (local.get $t) (local.get $keep)) (local.get $bias))))
                (local.set $x (v128.load64_splat offset=16 (local.get $pa)))
                (local.set $t (f64x2.add (f64x2.mul (local.get $x) (local.get $b0)) (local.get $c20)))
                (local.set $c20 (f64x2.promote_low_f32x4 (f32x4.demote_f64x2_zero (local.get $t))))
                (local.set $watch (i32x4.min_u (local.get $watch) (i32x4.sub (v128.and (local.get $t) (local.get $keep)) (local.get $bias))))
                (local.set $t (f64x2.add (f64x2.mul (local.get $x) (local.get $b1)) (local.get $c21)))
                (local.set $c21 (f64x2.promote_low_f32x4 (f32x4.demote_f64x2_zero (local.get $t))))
                (local.set $watch (i32x4.min_u (local.get $watch) (i32x4.sub (v128.and (local.get $t) (local.get $keep)) (local.get $bias))))
                (local.set $x (v128.load64_splat offset=24 (local.get $pa)))
                (local.set $t (f64x2.add (f64x2.mul (local.get $x) (local.get $b0)) (local.get $c30)))
                (local.set $c30 (f64x2.promote_low_f32x4 (f32x4.demote_f64x2_zero (local.get $t))))
                (local.set $watch (i32x4.min_u (local.get $watch) (i32x4.sub (v128.and (local.get $t) (local.get $keep)) (local.get $bias))))
                (local.set $t (f64x2.add (f64x2.mul (local.get $x) (local.get $b1)) (local.get $c31)))
                (local.set $c31 (f64x2.promote_low_f32x4 (f32x4.demote_f64x2_zero (local.get $t))))
                (local.set $watch (i32x4.min_u (local.get $watch) (i32x4.sub (v128.and (local.get $t) (local.get $keep)) (local.get $bias))))
                (local.set $pa (i32.add (local.get $pa) (i32.const 32)))
                (local.set $pb (i32.add (local.get $pb) (i32.const 32)))
                (br $ploop)))
            (local.set $pc (i32.add (i32.add (local.get $c) (i32.shl (local.get $q) (i32.const 5)))
              (i32.mul (i32.shl (local.get $ib) (i32.const 2)) (local.get $ldc))))
            (if (call $flagged (local.get $watch))
              (then
                (call $sgemm_exact (i32.add (local.get $a) (i32.mul (local.get $ib) (local.get $kb))) (i32.const 32) (i32.const 8)
                  (i32.const 4) (local.get $bq) (local.get $k) (local.get $pc) (local.get $ldc)))
              (else
                (v128.store (local.get $pc) (local.get $c00))
                (v128.store offset=16 (local.get $pc) (local.get $c01))
                (local.set $pc (i32.add (local.get $pc) (local.get $ldc)))
                (v128.store (local.get $pc) (local.get $c10))
                (v128.store offset=16 (local.get $pc) (local.get $c11))
                (local.set $pc (i32.add (local.get $pc) (local.get $ldc)))
                (v128.store (local.get $pc) (local.get $c20))
                (v128.store offset=16 (local.get $pc) (local.get $c21))
                (local.set $pc (i32.add (local.get $pc) (local.get $ldc)))
                (v128.store (local.get $pc) (local.get $c30))
                (v128.store offset=16 (local.get $pc) (local.get $c31))))
            (local.set $ib (i32.add (local.get $ib) (i32.const 1)))
            (br $iloop)))
        (local.set $bq (i32.add (local.get $bq) (local.get $kb)))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (br $qloop))))

  ;; gemm1's tiling (one row at a time, 1×8 then 1×4) with fmaf accumulation.
  (func (export "sgemm1") (param $a i32) (param $bp i32) (param $c i32) (param $m i32) (param $k i32) (param $np i32) (param $ldc i32)
    (local $i i32) (local $q i32) (local $pa i32) (local $pa0 i32) (local $pb i32) (local $pb0 i32) (local $pe i32) (local $pc i32)
    (local $kb i32) (local $k8 i32)
    (local $x v128) (local $t v128) (local $watch v128) (local $keep v128) (local $bias v128)
    (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128)
    (local.set $kb (i32.shl (local.get $k) (i32.const 5)))
    (local.set $k8 (i32.shl (local.get $k) (i32.const 3)))
    (local.set $keep (v128.const i32x4 0x1fffffff 0x7fffffff 0x1fffffff 0x7fffffff))
    (local.set $bias (v128.const i32x4 0x10000000 1 0x10000000 1))
    (block $idone
      (loop $iloop
        (br_if $idone (i32.ge_u (local.get $i) (local.get $m)))
        (local.set $q (i32.const 0))
        (local.set $pc (i32.add (local.get $c) (i32.mul (local.get $i) (local.get $ldc))))
        (block $qdone
          (loop $qloop
            (br_if $qdone (i32.ge_u (local.get $q) (local.get $np)))
            (local.set $s0 (v128.const i64x2 0 0)) (local.set $s1 (v128.const i64x2 0 0))
            (local.set $s2 (v128.const i64x2 0 0)) (local.set $s3 (v128.const i64x2 0 0))
            (local.set $watch (v128.const i64x2 -1 -1))
            (local.set $pa0 (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $k8))))
            (local.set $pb0 (i32.add (local.get $bp) (i32.mul (local.get $q) (local.get $kb))))
            (local.set $pa (local.get $pa0))
            (local.set $pb (local.get $pb0))
            (local.set $pe (i32.add (local.get $pb) (local.get $kb)))
            (if (i32.lt_u (i32.add (local.get $q) (i32.const 1)) (local.get $np))
              (then
                ;; two panels: the second is $kb bytes after the first
                (block $pdone
                  (loop $ploop
                    (br_if $pdone (i32.ge_u (local.get $pb) (local.get $pe)))
                    (local.set $x (v128.load64_splat (local.get $pa)))
                    (local.set $t (f64x2.add (f64x2.mul (local.get $x) (v128.load (local.get $pb))) (local.get $s0)))
                    (local.set $s0 (f64x2.promote_low_f32x4 (f32x4.demote_f64x2_zero (local.get $t))))
                    (local.set $watch (i32x4.min_u (local.get $watch) (i32x4.sub (v128.and (local.get $t) (local.get $keep)) (local.get $bias))))
                    (local.set $t (f64x2.add (f64x2.mul (local.get $x) (v128.load offset=16 (local.get $pb))) (local.get $s1)))
                    (local.set $s1 (f64x2.promote_low_f32x4 (f32x4.demote_f64x2_zero (local.get $t))))
                    (local.set $watch (i32x4.min_u (local.get $watch) (i32x4.sub (v128.and (local.get $t) (local.get $keep)) (local.get $bias))))
                    (local.set $t (f64x2.add (f64x2.mul (local.get $x) (v128.load (i32.add (local.get $pb) (local.get $kb)))) (local.get $s2)))
                    (local.set $s2 (f64x2.promote_low_f32x4 (f32x4.demote_f64x2_zero (local.get $t))))
                    (local.set $watch (i32x4.min_u (local.get $watch) (i32x4.sub (v128.and (local.get $t) (local.get $keep)) (local.get $bias))))
                    (local.set $t (f64x2.add (f64x2.mul (local.get $x) (v128.load offset=16 (i32.add (local.get $pb) (local.get $kb)))) (local.get $s3)))
                    (local.set $s3 (f64x2.promote_low_f32x4 (f32x4.demote_f64x2_zero (local.get $t))))
                    (local.set $watch (i32x4.min_u (local.get $watch) (i32x4.sub (v128.and (local.get $t) (local.get $keep)) (local.get $bias))))
                    (local.set $pa (i32.add (local.get $pa) (i32.const 8)))
                    (local.set $pb (i32.add (local.get $pb) (i32.const 32)))
                    (br $ploop)))
                (if (call $flagged (local.get $watch))
                  (then
                    (call $sgemm_exact (local.get $pa0) (i32.const 8) (i32.const 0) (i32.const 1) (local.get $pb0)
                      (local.get $k) (local.get $pc) (local.get $ldc))
                    (call $sgemm_exact (local.get $pa0) (i32.const 8) (i32.const 0) (i32.const 1) (i32.add (local.get $pb0) (local.get $kb))
                      (local.get $k) (i32.add (local.get $pc) (i32.const 32)) (local.get $ldc)))
                  (else
                    (v128.store (local.get $pc) (local.get $s0))
                    (v128.store offset=16 (local.get $pc) (local.get $s1))
                    (v128.store offset=32 (local.get $pc) (local.get $s2))
                    (v128.store offset=48 (local.get $pc) (local.get $s3))))
                (local.set $pc (i32.add (local.get $pc) (i32.const 64)))
                (local.set $q (i32.add (local.get $q) (i32.const 2))))
              (else
                (block $pdone
                  (loop $ploop
                    (br_if $pdone (i32.ge_u (local.get $pb) (local.get $pe)))
                    (local.set $x (v128.load64_splat (local.get $pa)))
                    (local.set $t (f64x2.add (f64x2.mul (local.get $x) (v128.load (local.get $pb))) (local.get $s0)))
                    (local.set $s0 (f64x2.promote_low_f32x4 (f32x4.demote_f64x2_zero (local.get $t))))
                    (local.set $watch (i32x4.min_u (local.get $watch) (i32x4.sub (v128.and (local.get $t) (local.get $keep)) (local.get $bias))))
                    (local.set $t (f64x2.add (f64x2.mul (local.get $x) (v128.load offset=16 (local.get $pb))) (local.get $s1)))
                    (local.set $s1 (f64x2.promote_low_f32x4 (f32x4.demote_f64x2_zero (local.get $t))))
                    (local.set $watch (i32x4.min_u (local.get $watch) (i32x4.sub (v128.and (local.get $t) (local.get $keep)) (local.get $bias))))
                    (local.set $pa (i32.add (local.get $pa) (i32.const 8)))
                    (local.set $pb (i32.add (local.get $pb) (i32.const 32)))
                    (br $ploop)))
                (if (call $flagged (local.get $watch))
                  (then
                    (call $sgemm_exact (local.get $pa0) (i32.const 8) (i32.const 0) (i32.const 1) (local.get $pb0)
                      (local.get $k) (local.get $pc) (local.get $ldc)))
                  (else
                    (v128.store (local.get $pc) (local.get $s0))
                    (v128.store offset=16 (local.get $pc) (local.get $s1))))
                (local.set $pc (i32.add (local.get $pc) (i32.const 32)))
                (local.set $q (i32.add (local.get $q) (i32.const 1)))))
            (br $qloop)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $iloop))))

;; ------------------------------------------------------------- float32 operands staged as float32
  ;; wasm/gemm.ts copies the rows of a Float32Array into the memory as they are (a plain copy, not a conversion to
  ;; doubles in JS); these functions widen them to doubles as they pack, into the panels pack_a/pack_b make.

  ;; pack_a of float32 rows ($k floats per row at $src)
  (func (export "pack_a32") (param $src i32) (param $dst i32) (param $m4 i32) (param $k i32)
    (local $s i32) (local $e i32) (local $k4 i32) (local $i i32)
    (local.set $k4 (i32.shl (local.get $k) (i32.const 2)))
    (block $done
      (loop $panel
        (br_if $done (i32.ge_u (local.get $i) (local.get $m4)))
        (local.set $s (i32.add (local.get $src) (i32.mul (local.get $i) (i32.shl (local.get $k4) (i32.const 2)))))
        (local.set $e (i32.add (local.get $dst) (i32.shl (local.get $k) (i32.const 5))))
        (block $end
          (loop $col
            (br_if $end (i32.ge_u (local.get $dst) (local.get $e)))
            (f64.store (local.get $dst) (f64.promote_f32 (f32.load (local.get $s))))
            (f64.store offset=8 (local.get $dst) (f64.promote_f32 (f32.load (i32.add (local.get $s) (local.get $k4)))))
            (f64.store offset=16 (local.get $dst)
              (f64.promote_f32 (f32.load (i32.add (local.get $s) (i32.shl (local.get $k4) (i32.const 1))))))
            (f64.store offset=24 (local.get $dst)
              (f64.promote_f32 (f32.load (i32.add (local.get $s) (i32.mul (local.get $k4) (i32.const 3))))))
            (local.set $s (i32.add (local.get $s) (i32.const 4)))
            (local.set $dst (i32.add (local.get $dst) (i32.const 32)))
            (br $col)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $panel))))

  ;; pack_b of float32 rows ($n floats per row at $src)
  (func (export "pack_b32") (param $src i32) (param $dst i32) (param $k i32) (param $n i32)
    (local $j i32) (local $w i32) (local $s i32) (local $e i32) (local $n4 i32) (local $c i32)
    (local.set $n4 (i32.shl (local.get $n) (i32.const 2)))
    (block $done
      (loop $panel
        (br_if $done (i32.ge_u (local.get $j) (local.get $n)))
        (local.set $w (i32.sub (local.get $n) (local.get $j)))
        (local.set $s (i32.add (local.get $src) (i32.shl (local.get $j) (i32.const 2))))
        (local.set $e (i32.add (local.get $dst) (i32.shl (local.get $k) (i32.const 5))))
        (if (i32.ge_u (local.get $w) (i32.const 4))
          (then
            (block $end
              (loop $row
                (br_if $end (i32.ge_u (local.get $dst) (local.get $e)))
                (v128.store (local.get $dst) (f64x2.promote_low_f32x4 (v128.load64_zero (local.get $s))))
                (v128.store offset=16 (local.get $dst) (f64x2.promote_low_f32x4 (v128.load64_zero offset=8 (local.get $s))))
                (local.set $s (i32.add (local.get $s) (local.get $n4)))
                (local.set $dst (i32.add (local.get $dst) (i32.const 32)))
                (br $row))))
          (else
            (block $end
              (loop $row
                (br_if $end (i32.ge_u (local.get $dst) (local.get $e)))
                (v128.store (local.get $dst) (v128.const i64x2 0 0))
                (v128.store offset=16 (local.get $dst) (v128.const i64x2 0 0))
                (local.set $c (i32.const 0))
                (loop $col
                  (f64.store (i32.add (local.get $dst) (i32.shl (local.get $c) (i32.const 3)))
                    (f64.promote_f32 (f32.load (i32.add (local.get $s) (i32.shl (local.get $c) (i32.const 2))))))
                  (local.set $c (i32.add (local.get $c) (i32.const 1)))
                  (br_if $col (i32.lt_u (local.get $c) (local.get $w))))
                (local.set $s (i32.add (local.get $s) (local.get $n4)))
                (local.set $dst (i32.add (local.get $dst) (i32.const 32)))
                (br $row)))))
        (local.set $j (i32.add (local.get $j) (i32.const 4)))
        (br $panel))))

  ;; $n float32 values at $src as doubles at $dst (the rows sgemm1 reads as they are)
  (func (export "widen32") (param $src i32) (param $dst i32) (param $n i32)
    (local $e i32)
    (local.set $e (i32.add (local.get $dst) (i32.shl (local.get $n) (i32.const 3))))
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $dst) (local.get $e)))
        (f64.store (local.get $dst) (f64.promote_f32 (f32.load (local.get $src))))
        (local.set $src (i32.add (local.get $src) (i32.const 4)))
        (local.set $dst (i32.add (local.get $dst) (i32.const 8)))
        (br $l))))

  ;; f32_range of $n float32 values at $src, in its encoding (biased double exponents). A subnormal float32 counts
  ;; as 2^-149 in lo and 2^-127 in hi, bounds of its magnitude; a NaN or an infinity gives hi 0x7ff. $lo holds
  ;; |v| − 1 (0 wraps above every other value), $hi |v|, per lane.
  (func (export "f32_range32") (param $src i32) (param $n i32) (result i32)
    (local $end i32) (local $v v128) (local $lo v128) (local $hi v128) (local $min i32) (local $max i32) (local $x i32)
    (local.set $lo (v128.const i32x4 -1 -1 -1 -1))
    (local.set $end (i32.add (local.get $src) (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2))))
    (block $done
      (loop $scan
        (br_if $done (i32.ge_u (local.get $src) (local.get $end)))
        (local.set $v (v128.and (v128.load (local.get $src)) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff)))
        (local.set $lo (i32x4.min_u (local.get $lo) (i32x4.sub (local.get $v) (v128.const i32x4 1 1 1 1))))
        (local.set $hi (i32x4.max_u (local.get $hi) (local.get $v)))
        (local.set $src (i32.add (local.get $src) (i32.const 16)))
        (br $scan)))
    (local.set $min (i32x4.extract_lane 0 (local.get $lo)))
    (local.set $max (i32x4.extract_lane 0 (local.get $hi)))
    (local.set $x (i32x4.extract_lane 1 (local.get $lo)))
    (if (i32.lt_u (local.get $x) (local.get $min)) (then (local.set $min (local.get $x))))
    (local.set $x (i32x4.extract_lane 2 (local.get $lo)))
    (if (i32.lt_u (local.get $x) (local.get $min)) (then (local.set $min (local.get $x))))
    (local.set $x (i32x4.extract_lane 3 (local.get $lo)))
    (if (i32.lt_u (local.get $x) (local.get $min)) (then (local.set $min (local.get $x))))
    (local.set $x (i32x4.extract_lane 1 (local.get $hi)))
    (if (i32.gt_u (local.get $x) (local.get $max)) (then (local.set $max (local.get $x))))
    (local.set $x (i32x4.extract_lane 2 (local.get $hi)))
    (if (i32.gt_u (local.get $x) (local.get $max)) (then (local.set $max (local.get $x))))
    (local.set $x (i32x4.extract_lane 3 (local.get $hi)))
    (if (i32.gt_u (local.get $x) (local.get $max)) (then (local.set $max (local.get $x))))
    ;; the last $n mod 4 values
    (local.set $end (i32.add (local.get $end) (i32.shl (i32.and (local.get $n) (i32.const 3)) (i32.const 2))))
    (block $tdone
      (loop $tail
        (br_if $tdone (i32.ge_u (local.get $src) (local.get $end)))
        (local.set $x (i32.and (i32.load (local.get $src)) (i32.const 0x7fffffff)))
        (if (i32.lt_u (i32.sub (local.get $x) (i32.const 1)) (local.get $min))
          (then (local.set $min (i32.sub (local.get $x) (i32.const 1)))))
        (if (i32.gt_u (local.get $x) (local.get $max)) (then (local.set $max (local.get $x))))
        (local.set $src (i32.add (local.get $src) (i32.const 4)))
        (br $tail)))
    ;; float32 bits → biased double exponents: 0 stays 0 (all ±0), exponent field e gives e + 896
    (local.set $min (i32.add (local.get $min) (i32.const 1)))
    (local.set $min
      (if (result i32) (i32.eqz (local.get $min)) (then (i32.const 0))
        (else (if (result i32) (i32.lt_u (local.get $min) (i32.const 0x00800000)) (then (i32.const 874))
          (else (i32.add (i32.shr_u (local.get $min) (i32.const 23)) (i32.const 896)))))))
    (local.set $max
      (if (result i32) (i32.eqz (local.get $max)) (then (i32.const 0))
        (else (if (result i32) (i32.lt_u (local.get $max) (i32.const 0x00800000)) (then (i32.const 896))
          (else (if (result i32) (i32.ge_u (local.get $max) (i32.const 0x7f800000)) (then (i32.const 0x7ff))
            (else (i32.add (i32.shr_u (local.get $max) (i32.const 23)) (i32.const 896)))))))))
    (i32.or (i32.shl (local.get $min) (i32.const 16)) (local.get $max)))

  ;; ------------------------------------------- float32 when every sum stays in float32's normal range
  ;; sgemm4n/sgemm1n are sgemm4/sgemm1 for operands that wasm/gemm.ts has checked with f32_range: all finite, every
  ;; product a multiple of 2^-125 (so no nonzero sum is below 2^-126: the sums are multiples of it too) and no sum
  ;; near float32's overflow. For such a sum t, fmaf's result is t rounded to 24 significant bits, which integer
  ;; operations do on t's bits: add half the unit of the 29 bits a float32 drops, then clear them (a carry into the
  ;; exponent is the right rounding up to the next binade). That rounds a tie away from zero instead of to even;
  ;; the ties are the midpoints sgemm4 flags (dropped bits 1 then 28 zeros: after the add, u has 29 zero bits, so
  ;; u equals its rounding), and a tile with one is recomputed (by $sgemm4n_tile, or $sgemm_exact for sgemm1n's
  ;; rows). Two integer operations round and two flag, against two conversions and three checks, and the chain from
  ;; one sum to the next is shorter (the double add, an integer add and an and).

  ;; The range of the float32 values (as doubles) at $src..$src + 8·$n: (lo << 16) | hi, lo and hi the smallest and
  ;; largest biased double exponent of the nonzero values (lo 0 when all are ±0; hi 0x7ff for a NaN or infinity).
  ;; Lanes 1 and 3 of $lo/$hi hold high words (|v|'s high word − 1 for lo, so that 0 wraps above every other
  ;; value); lanes 0 and 2, low words masked to 0, stay at the maximum and 0.
  (func (export "f32_range") (param $src i32) (param $n i32) (result i32)
    (local $end i32) (local $v v128) (local $lo v128) (local $hi v128) (local $min i32) (local $max i32)
    (local.set $lo (v128.const i32x4 -1 -1 -1 -1))
    (local.set $end (i32.add (local.get $src) (i32.shl (i32.and (local.get $n) (i32.const -2)) (i32.const 3))))
    (block $done
      (loop $scan
        (br_if $done (i32.ge_u (local.get $src) (local.get $end)))
        (local.set $v (v128.and (v128.load (local.get $src)) (v128.const i32x4 0 0x7fffffff 0 0x7fffffff)))
        (local.set $lo (i32x4.min_u (local.get $lo) (i32x4.sub (local.get $v) (v128.const i32x4 1 1 1 1))))
        (local.set $hi (i32x4.max_u (local.get $hi) (local.get $v)))
        (local.set $src (i32.add (local.get $src) (i32.const 16)))
        (br $scan)))
    (if (i32.and (local.get $n) (i32.const 1))
      (then
        (local.set $v (v128.and (v128.load64_splat (local.get $src)) (v128.const i32x4 0 0x7fffffff 0 0x7fffffff)))
        (local.set $lo (i32x4.min_u (local.get $lo) (i32x4.sub (local.get $v) (v128.const i32x4 1 1 1 1))))
        (local.set $hi (i32x4.max_u (local.get $hi) (local.get $v)))))
    (local.set $min (i32x4.extract_lane 1 (local.get $lo)))
    (if (i32.lt_u (i32x4.extract_lane 3 (local.get $lo)) (local.get $min))
      (then (local.set $min (i32x4.extract_lane 3 (local.get $lo)))))
    (local.set $max (i32x4.extract_lane 1 (local.get $hi)))
    (if (i32.gt_u (i32x4.extract_lane 3 (local.get $hi)) (local.get $max))
      (then (local.set $max (i32x4.extract_lane 3 (local.get $hi)))))
    (i32.or (i32.shl (i32.shr_u (i32.add (local.get $min) (i32.const 1)) (i32.const 20)) (i32.const 16))
      (i32.shr_u (local.get $max) (i32.const 20))))

  ;; fmaf of both lanes
  (func $fma2 (param $x v128) (param $b v128) (param $s v128) (result v128)
    (f64x2.replace_lane 1
      (f64x2.splat (call $fmaf (f64x2.extract_lane 0 (local.get $x)) (f64x2.extract_lane 0 (local.get $b))
        (f64x2.extract_lane 0 (local.get $s))))
      (call $fmaf (f64x2.extract_lane 1 (local.get $x)) (f64x2.extract_lane 1 (local.get $b))
        (f64x2.extract_lane 1 (local.get $s)))))

  ;; One 4×4 tile of sgemm4n again (A panel at $pa, B panel at $pb, C at $pc, rows $ldc apart), now testing each
  ;; vector for a tie as it is summed and taking both its lanes from $fmaf when one is: a tile with a tie costs about
  ;; one more pass in vectors, not 16 scalar sums.
  (func $sgemm4n_tile (param $pa i32) (param $pb i32) (param $k i32) (param $pc i32) (param $ldc i32)
    (local $pe i32) (local $x v128) (local $b0 v128) (local $b1 v128) (local $u v128) (local $r v128)
    (local $half v128) (local $keep v128)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (local.set $half (v128.const i64x2 0x10000000 0x10000000))
    (local.set $keep (v128.const i64x2 -0x20000000 -0x20000000))
    (local.set $pe (i32.add (local.get $pb) (i32.shl (local.get $k) (i32.const 5))))
    (block $pdone
      (loop $ploop
        (br_if $pdone (i32.ge_u (local.get $pb) (local.get $pe)))
        (local.set $b0 (v128.load (local.get $pb)))
        (local.set $b1 (v128.load offset=16 (local.get $pb)))
        (local.set $x (v128.load64_splat (local.get $pa)))
        (local.set $u (i64x2.add (f64x2.add (f64x2.mul (local.get $x) (local.get $b0)) (local.get $c00)) (local.get $half)))
        (local.set $r (v128.and (local.get $u) (local.get $keep)))
        (if (v128.any_true (i64x2.eq (local.get $u) (local.get $r)))
          (then (local.set $r (call $fma2 (local.get $x) (local.get $b0) (local.get $c00)))))
        (local.set $c00 (local.get $r))
        (local.set $u (i64x2.add (f64x2.add (f64x2.mul (local.get $x) (local.get $b1)) (local.get $c01)) (local.get $half)))
        (local.set $r (v128.and (local.get $u) (local.get $keep)))
        (if (v128.any_true (i64x2.eq (local.get $u) (local.get $r)))
          (then (local.set $r (call $fma2 (local.get $x) (local.get $b1) (local.get $c01)))))
        (local.set $c01 (local.get $r))
        (local.set $x (v128.load64_splat offset=8 (local.get $pa)))
        (local.set $u (i64x2.add (f64x2.add (f64x2.mul (local.get $x) (local.get $b0)) (local.get $c10)) (local.get $half)))
        (local.set $r (v128.and (local.get $u) (local.get $keep)))
        (if (v128.any_true (i64x2.eq (local.get $u) (local.get $r)))
          (then (local.set $r (call $fma2 (local.get $x) (local.get $b0) (local.get $c10)))))
        (local.set $c10 (local.get $r))
        (local.set $u (i64x2.add (f64x2.add (f64x2.mul (local.get $x) (local.get $b1)) (local.get $c11)) (local.get $half)))
        (local.set $r (v128.and (local.get $u) (local.get $keep)))
        (if (v128.any_true (i64x2.eq (local.get $u) (local.get $r)))
          (then (local.set $r (call $fma2 (local.get $x) (local.get $b1) (local.get $c11)))))
        (local.set $c11 (local.get $r))
        (local.set $x (v128.load64_splat offset=16 (local.get $pa)))
        (local.set $u (i64x2.add (f64x2.add (f64x2.mul (local.get $x) (local.get $b0)) (local.get $c20)) (local.get $half)))
        (local.set $r (v128.and (local.get $u) (local.get $keep)))
        (if (v128.any_true (i64x2.eq (local.get $u) (local.get $r)))
          (then (local.set $r (call $fma2 (local.get $x) (local.get $b0) (local.get $c20)))))
        (local.set $c20 (local.get $r))
        (local.set $u (i64x2.add (f64x2.add (f64x2.mul (local.get $x) (local.get $b1)) (local.get $c21)) (local.get $half)))
        (local.set $r (v128.and (local.get $u) (local.get $keep)))
        (if (v128.any_true (i64x2.eq (local.get $u) (local.get $r)))
          (then (local.set $r (call $fma2 (local.get $x) (local.get $b1) (local.get $c21)))))
        (local.set $c21 (local.get $r))
        (local.set $x (v128.load64_splat offset=24 (local.get $pa)))
        (local.set $u (i64x2.add (f64x2.add (f64x2.mul (local.get $x) (local.get $b0)) (local.get $c30)) (local.get $half)))
        (local.set $r (v128.and (local.get $u) (local.get $keep)))
        (if (v128.any_true (i64x2.eq (local.get $u) (local.get $r)))
          (then (local.set $r (call $fma2 (local.get $x) (local.get $b0) (local.get $c30)))))
        (local.set $c30 (local.get $r))
        (local.set $u (i64x2.add (f64x2.add (f64x2.mul (local.get $x) (local.get $b1)) (local.get $c31)) (local.get $half)))
        (local.set $r (v128.and (local.get $u) (local.get $keep)))
        (if (v128.any_true (i64x2.eq (local.get $u) (local.get $r)))
          (then (local.set $r (call $fma2 (local.get $x) (local.get $b1) (local.get $c31)))))
        (local.set $c31 (local.get $r))
        (local.set $pa (i32.add (local.get $pa) (i32.const 32)))
        (local.set $pb (i32.add (local.get $pb) (i32.const 32)))
        (br $ploop)))
    (v128.store (local.get $pc) (local.get $c00))
    (v128.store offset=16 (local.get $pc) (local.get $c01))
    (local.set $pc (i32.add (local.get $pc) (local.get $ldc)))
    (v128.store (local.get $pc) (local.get $c10))
    (v128.store offset=16 (local.get $pc) (local.get $c11))
    (local.set $pc (i32.add (local.get $pc) (local.get $ldc)))
    (v128.store (local.get $pc) (local.get $c20))
    (v128.store offset=16 (local.get $pc) (local.get $c21))
    (local.set $pc (i32.add (local.get $pc) (local.get $ldc)))
    (v128.store (local.get $pc) (local.get $c30))
    (v128.store offset=16 (local.get $pc) (local.get $c31)))

  ;; sgemm4's tiling (a tile with a tie recomputed by $sgemm4n_tile), rounding with integer operations.
  (func (export "sgemm4n") (param $a i32) (param $bp i32) (param $c i32) (param $m4 i32) (param $k i32) (param $np i32) (param $ldc i32)
    (local $q i32) (local $ib i32) (local $pa i32) (local $pb i32) (local $pe i32) (local $pc i32)
    (local $kb i32) (local $bq i32)
    (local $x v128) (local $b0 v128) (local $b1 v128) (local $u v128) (local $ties v128) (local $half v128) (local $keep v128)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (local.set $kb (i32.shl (local.get $k) (i32.const 5)))  ;; bytes per B panel, and per 4 rows of A
    (local.set $half (v128.const i64x2 0x10000000 0x10000000))
    (local.set $keep (v128.const i64x2 -0x20000000 -0x20000000))
    (local.set $bq (local.get $bp))
    (block $qdone
      (loop $qloop
        (br_if $qdone (i32.ge_u (local.get $q) (local.get $np)))
        (local.set $ib (i32.const 0))
        (block $idone
          (loop $iloop
            (br_if $idone (i32.ge_u (local.get $ib) (local.get $m4)))
            (local.set $c00 (v128.const i64x2 0 0)) (local.set $c01 (v128.const i64x2 0 0))
            (local.set $c10 (v128.const i64x2 0 0)) (local.set $c11 (v128.const i64x2 0 0))
            (local.set $c20 (v128.const i64x2 0 0)) (local.set $c21 (v128.const i64x2 0 0))
            (local.set $c30 (v128.const i64x2 0 0)) (local.set $c31 (v128.const i64x2 0 0))
            (local.set $ties (v128.const i64x2 0 0))
            (local.set $pa (i32.add (local.get $a) (i32.mul (local.get $ib) (local.get $kb))))
            (local.set $pb (local.get $bq))
            (local.set $pe (i32.add (local.get $bq) (local.get $kb)))
            (block $pdone
              (loop $ploop
                (br_if $pdone (i32.ge_u (local.get $pb) (local.get $pe)))
                (local.set $b0 (v128.load (local.get $pb)))
                (local.set $b1 (v128.load offset=16 (local.get $pb)))
                (local.set $x (v128.load64_splat (local.get $pa)))
                (local.set $u (i64x2.add (f64x2.add (f64x2.mul (local.get $x) (local.get $b0)) (local.get $c00)) (local.get $half)))
                (local.set $c00 (v128.and (local.get $u) (local.get $keep)))
                (local.set $ties (v128.or (local.get $ties) (i64x2.eq (local.get $u) (local.get $c00))))
                (local.set $u (i64x2.add (f64x2.add (f64x2.mul (local.get $x) (local.get $b1)) (local.get $c01)) (local.get $half)))
                (local.set $c01 (v128.and (local.get $u) (local.get $keep)))
                (local.set $ties (v128.or (local.get $ties) (i64x2.eq (local.get $u) (local.get $c01))))
                (local.set $x (v128.load64_splat offset=8 (local.get $pa)))
                (local.set $u (i64x2.add (f64x2.add (f64x2.mul (local.get $x) (local.get $b0)) (local.get $c10)) (local.get $half)))
                (local.set $c10 (v128.and (local.get $u) (local.get $keep)))
                (local.set $ties (v128.or (local.get $ties) (i64x2.eq (local.get $u) (local.get $c10))))
                (local.set $u (i64x2.add (f64x2.add (f64x2.mul (local.get $x) (local.get $b1)) (local.get $c11)) (local.get $half)))
                (local.set $c11 (v128.and (local.get $u) (local.get $keep)))
                (local.set $ties (v128.or (local.get $ties) (i64x2.eq (local.get $u) (local.get $c11))))
                (local.set $x (v128.load64_splat offset=16 (local.get $pa)))
                (local.set $u (i64x2.add (f64x2.add (f64x2.mul (local.get $x) (local.get $b0)) (local.get $c20)) (local.get $half)))
                (local.set $c20 (v128.and (local.get $u) (local.get $keep)))
                (local.set $ties (v128.or (local.get $ties) (i64x2.eq (local.get $u) (local.get $c20))))
                (local.set $u (i64x2.add (f64x2.add (f64x2.mul (local.get $x) (local.get $b1)) (local.get $c21)) (local.get $half)))
                (local.set $c21 (v128.and (local.get $u) (local.get $keep)))
                (local.set $ties (v128.or (local.get $ties) (i64x2.eq (local.get $u) (local.get $c21))))
                (local.set $x (v128.load64_splat offset=24 (local.get $pa)))
                (local.set $u (i64x2.add (f64x2.add (f64x2.mul (local.get $x) (local.get $b0)) (local.get $c30)) (local.get $half)))
                (local.set $c30 (v128.and (local.get $u) (local.get $keep)))
                (local.set $ties (v128.or (local.get $ties) (i64x2.eq (local.get $u) (local.get $c30))))
                (local.set $u (i64x2.add (f64x2.add (f64x2.mul (local.get $x) (local.get $b1)) (local.get $c31)) (local.get $half)))
                (local.set $c31 (v128.and (local.get $u) (local.get $keep)))
                (local.set $ties (v128.or (local.get $ties) (i64x2.eq (local.get $u) (local.get $c31))))
                (local.set $pa (i32.add (local.get $pa) (i32.const 32)))
                (local.set $pb (i32.add (local.get $pb) (i32.const 32)))
                (br $ploop)))
            (local.set $pc (i32.add (i32.add (local.get $c) (i32.shl (local.get $q) (i32.const 5)))
              (i32.mul (i32.shl (local.get $ib) (i32.const 2)) (local.get $ldc))))
            (if (v128.any_true (local.get $ties))
              (then
                (call $sgemm4n_tile (i32.add (local.get $a) (i32.mul (local.get $ib) (local.get $kb))) (local.get $bq) (local.get $k)
                  (local.get $pc) (local.get $ldc)))
              (else
                (v128.store (local.get $pc) (local.get $c00))
                (v128.store offset=16 (local.get $pc) (local.get $c01))
                (local.set $pc (i32.add (local.get $pc) (local.get $ldc)))
                (v128.store (local.get $pc) (local.get $c10))
                (v128.store offset=16 (local.get $pc) (local.get $c11))
                (local.set $pc (i32.add (local.get $pc) (local.get $ldc)))
                (v128.store (local.get $pc) (local.get $c20))
                (v128.store offset=16 (local.get $pc) (local.get $c21))
                (local.set $pc (i32.add (local.get $pc) (local.get $ldc)))
                (v128.store (local.get $pc) (local.get $c30))
                (v128.store offset=16 (local.get $pc) (local.get $c31))))
            (local.set $ib (i32.add (local.get $ib) (i32.const 1)))
            (br $iloop)))
        (local.set $bq (i32.add (local.get $bq) (local.get $kb)))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (br $qloop))))

  ;; sgemm1's tiling and recomputation, rounding with integer operations.
  (func (export "sgemm1n") (param $a i32) (param $bp i32) (param $c i32) (param $m i32) (param $k i32) (param $np i32) (param $ldc i32)
    (local $i i32) (local $q i32) (local $pa i32) (local $pa0 i32) (local $pb i32) (local $pb0 i32) (local $pe i32) (local $pc i32)
    (local $kb i32) (local $k8 i32)
    (local $x v128) (local $u v128) (local $ties v128) (local $half v128) (local $keep v128)
    (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128)
    (local.set $kb (i32.shl (local.get $k) (i32.const 5)))
    (local.set $k8 (i32.shl (local.get $k) (i32.const 3)))
    (local.set $half (v128.const i64x2 0x10000000 0x10000000))
    (local.set $keep (v128.const i64x2 -0x20000000 -0x20000000))
    (block $idone
      (loop $iloop
        (br_if $idone (i32.ge_u (local.get $i) (local.get $m)))
        (local.set $q (i32.const 0))
        (local.set $pc (i32.add (local.get $c) (i32.mul (local.get $i) (local.get $ldc))))
        (block $qdone
          (loop $qloop
            (br_if $qdone (i32.ge_u (local.get $q) (local.get $np)))
            (local.set $s0 (v128.const i64x2 0 0)) (local.set $s1 (v128.const i64x2 0 0))
            (local.set $s2 (v128.const i64x2 0 0)) (local.set $s3 (v128.const i64x2 0 0))
            (local.set $ties (v128.const i64x2 0 0))
            (local.set $pa0 (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $k8))))
            (local.set $pb0 (i32.add (local.get $bp) (i32.mul (local.get $q) (local.get $kb))))
            (local.set $pa (local.get $pa0))
            (local.set $pb (local.get $pb0))
            (local.set $pe (i32.add (local.get $pb) (local.get $kb)))
            (if (i32.lt_u (i32.add (local.get $q) (i32.const 1)) (local.get $np))
              (then
                ;; two panels: the second is $kb bytes after the first
                (block $pdone
                  (loop $ploop
                    (br_if $pdone (i32.ge_u (local.get $pb) (local.get $pe)))
                    (local.set $x (v128.load64_splat (local.get $pa)))
                    (local.set $u (i64x2.add (f64x2.add (f64x2.mul (local.get $x) (v128.load (local.get $pb))) (local.get $s0)) (local.get $half)))
                    (local.set $s0 (v128.and (local.get $u) (local.get $keep)))
                    (local.set $ties (v128.or (local.get $ties) (i64x2.eq (local.get $u) (local.get $s0))))
                    (local.set $u (i64x2.add (f64x2.add (f64x2.mul (local.get $x) (v128.load offset=16 (local.get $pb))) (local.get $s1)) (local.get $half)))
                    (local.set $s1 (v128.and (local.get $u) (local.get $keep)))
                    (local.set $ties (v128.or (local.get $ties) (i64x2.eq (local.get $u) (local.get $s1))))
                    (local.set $u (i64x2.add (f64x2.add (f64x2.mul (local.get $x) (v128.load (i32.add (local.get $pb) (local.get $kb)))) (local.get $s2)) (local.get $half)))
                    (local.set $s2 (v128.and (local.get $u) (local.get $keep)))
                    (local.set $ties (v128.or (local.get $ties) (i64x2.eq (local.get $u) (local.get $s2))))
                    (local.set $u (i64x2.add (f64x2.add (f64x2.mul (local.get $x) (v128.load offset=16 (i32.add (local.get $pb) (local.get $kb)))) (local.get $s3)) (local.get $half)))
                    (local.set $s3 (v128.and (local.get $u) (local.get $keep)))
                    (local.set $ties (v128.or (local.get $ties) (i64x2.eq (local.get $u) (local.get $s3))))
                    (local.set $pa (i32.add (local.get $pa) (i32.const 8)))
                    (local.set $pb (i32.add (local.get $pb) (i32.const 32)))
                    (br $ploop)))
                (if (v128.any_true (local.get $ties))
                  (then
                    (call $sgemm_exact (local.get $pa0) (i32.const 8) (i32.const 0) (i32.const 1) (local.get $pb0)
                      (local.get $k) (local.get $pc) (local.get $ldc))
                    (call $sgemm_exact (local.get $pa0) (i32.const 8) (i32.const 0) (i32.const 1) (i32.add (local.get $pb0) (local.get $kb))
                      (local.get $k) (i32.add (local.get $pc) (i32.const 32)) (local.get $ldc)))
                  (else
                    (v128.store (local.get $pc) (local.get $s0))
                    (v128.store offset=16 (local.get $pc) (local.get $s1))
                    (v128.store offset=32 (local.get $pc) (local.get $s2))
                    (v128.store offset=48 (local.get $pc) (local.get $s3))))
                (local.set $pc (i32.add (local.get $pc) (i32.const 64)))
                (local.set $q (i32.add (local.get $q) (i32.const 2))))
              (else
                (block $pdone
                  (loop $ploop
                    (br_if $pdone (i32.ge_u (local.get $pb) (local.get $pe)))
                    (local.set $x (v128.load64_splat (local.get $pa)))
                    (local.set $u (i64x2.add (f64x2.add (f64x2.mul (local.get $x) (v128.load (local.get $pb))) (local.get $s0)) (local.get $half)))
                    (local.set $s0 (v128.and (local.get $u) (local.get $keep)))
                    (local.set $ties (v128.or (local.get $ties) (i64x2.eq (local.get $u) (local.get $s0))))
                    (local.set $u (i64x2.add (f64x2.add (f64x2.mul (local.get $x) (v128.load offset=16 (local.get $pb))) (local.get $s1)) (local.get $half)))
                    (local.set $s1 (v128.and (local.get $u) (local.get $keep)))
                    (local.set $ties (v128.or (local.get $ties) (i64x2.eq (local.get $u) (local.get $s1))))
                    (local.set $pa (i32.add (local.get $pa) (i32.const 8)))
                    (local.set $pb (i32.add (local.get $pb) (i32.const 32)))
                    (br $ploop)))
                (if (v128.any_true (local.get $ties))
                  (then
                    (call $sgemm_exact (local.get $pa0) (i32.const 8) (i32.const 0) (i32.const 1) (local.get $pb0)
                      (local.get $k) (local.get $pc) (local.get $ldc)))
                  (else
                    (v128.store (local.get $pc) (local.get $s0))
                    (v128.store offset=16 (local.get $pc) (local.get $s1))))
                (local.set $pc (i32.add (local.get $pc) (i32.const 32)))
                (local.set $q (i32.add (local.get $q) (i32.const 1)))))
            (br $qloop)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $iloop))))
)
