/**
 * NumPy's 256-layer ziggurat for the standard exponential (`random_standard_exponential` in
 * numpy/random/src/distributions/distributions.c), drawing from a PCG64: what Generator.exponential,
 * standard_exponential and standard_gamma(1) return.
 * The tables ke_double (exact integers below 2^53) / we_double / fe_double are NumPy's constants
 * (ziggurat_constants.h), stored as little-endian float64 bytes so they are bit-exact.
 */
import type { PCG64 } from "./pcg64";
import { glibcExp } from "./glibc-exp";

// local alias: transpilers may turn imported names into getter calls
const exp = glibcExp;

const TABLES =
  "xpckJxRSPEMAAAAAAAAAAH4xnNdbfTNDEDw/jvVuOEOusA4yt5s6Q3xEGfcn0TtDGmWIDx2VPENyOVwt/hs9Q7IYa9Vbfj1DcCwX3TTJPUPInazfCQQ+QzZ4" +
  "1HF7Mz5Dord8F4taPkNsBG8JQns+Qz6uCK8Nlz5DnvBOsfWuPkNWZbQHvcM+Q86Zh/D21T5DiFZurhTmPkPQHDbKbvQ+Q6TU3XZLAT9DtpanE+MMP0N69/Fp" +
  "Yxc/Q3AlRQzyID9DdKhRGa4pP0MyVbmPsTE/QwbBV1ESOT9DTGlu6+I/P0P6iNcyM0Y/Qw46Hb8QTD9DIjNcTIdRP0PA7MMJoVY/Q5aZCdlmWz9DjNAQguBf" +
  "P0NyV0TdFGQ/Q3iWhfYJaD9D5gIrKsVrP0P05DI9S28/QzrxkHGgcj9D1glNl8h1P0PAXAQbx3g/Q/Q/QRKfez9Dip8HRlN+P0M4EeI75oA/Q2KRrT1agz9D" +
  "ErlWYLGFP0NiQrKJ7Yc/Q/p0k3UQij9DrDk9uhuMP0NK0EXMEI4/QxY+AQLxjz9D4FiDlr2RP0PYr0esd5M/Q9pki08glT9DkjhjeLiWP0OSiJYMQZg/Q4C6" +
  "RuG6mT9DAH9pvCabP0N6cRtWhZw/QwLYz1nXnT9DzqFhZx2fP0PANgkUWKA/QzgzOuuHoT9D/MRrb62iP0OCBs4ayaM/Q6Jq7l/bpD9DfAlNquSlP0OCZ+Re" +
  "5aY/Q8Qepdzdpz9DdKjmfM6oP0PuX86Tt6k/Q1i4rXCZqj9DMoJYXnSrP0OEBXSjSKw/Q+ifv4IWrT9DwIJXO96tP0NsHfIIoK4/Q36wGCRcrz9DEnpbwhKw" +
  "P0P034EWxLA/Q/rxtlBwsT9DOpaynheyP0NKqN8rurI/QxhOfyFYsz9DDL7JpvGzP0PWrAzhhrQ/Q/yTx/MXtT9Dqv3FAKW1P0NY/jcoLrY/QwoByYiztj9D" +
  "mAe1PzW3P0Oofdxos7c/Qwi61h4uuD9D9kcDe6W4P0N0D5qVGbk/QwRyuoWKuT9DJm95Yfi5P0OG4u49Y7o/QxbsQS/Luj9DRJG0SDC7P0PipK6ckrs/Q54C" +
  "yDzyuz9DlCnSOU+8P0PUQOGjqbw/Q56PVIoBvT9DnHLe+1a9P0Nq1osGqr0/Q0A/y7f6vT9D3mRzHEm+P0NeaclAlb4/QyixhjDfvj9DdGHe9ia/P0PiioKe" +
  "bL8/Q8QEqTGwvz9DsP0PuvG/P0OIRQJBMcA/Q7JUW89uwD9DJhSLbarAP0OKaZkj5MA/Q2SKKfkbwT9DQhl99VHBP0NKD3cfhsE/Q7R0nn24wT9DQuogFunB" +
  "P0PeBdXuF8I/Q/6DPA1Fwj9Dwk+GdnDCP0MOY5AvmsI/Q0aA6TzCwj9DtMbSoujCP0PsIkFlDcM/Qw6c3ocwwz9Dxn4LDlLDP0P4Zt/6ccM/Q4YoKlGQwz9D" +
  "+pd0E63DP0NIMwFEyMM/Q0CrzOThwz9DqE2O9/nDP0NgULh9EMQ/Q2j9d3glxD9Dxr+16DjEP0MqERXPSsQ/Q+hH9CtbxD9DBEVs/2nEP0OyAVBJd8Q/Q7j7" +
  "KwmDxD9D9n9FPo3EP0Ma0pnnlcQ/Q7Aw3QOdxD9DMrR5kaLEP0P8B46OpsQ/Q4z76/ioxD9DnuoWzqnEP0M0+kELqcQ/Q6AoTq2mxD9DdC7IsKLEP0PiLeYR" +
  "ncQ/Q/QthcyVxD9DwF4m3IzEP0N6I+w7gsQ/Q+beluZ1xD9Dgn6B1mfEP0M2wJ0FWMQ/QyAucG1GxD9DmMsLBzPEP0MObg3LHcQ/Q/a7lrEGxD9DYstIsu3D" +
  "P0M8WT7E0sM/Q7SRBd61wz9DTGGZ9ZbDP0OSRVoAdsM/Q3CTBvNSwz9DGCiywS3DP0OIeL1fBsM/Q2Lyy7/cwj9Dnp+507DCP0Pw/I+MgsI/Q2TxedpRwj9D" +
  "ntO2rB7CP0NWZ4zx6ME/Qzy7N5awwT9DEM3chnXBP0O21nSuN8E/QxQku/b2wD9DpE0YSLPAP0Pwr4uJbMA/Q2TzkqAiwD9DuHIPcdW/P0OOSCndhL8/QwrG" +
  "L8Uwvz9Dxgx3B9m+P0PafTKAfb4/QxSmSwkevj9DCEQ1erq9P0Mm+LmnUr0/QxogxmPmvD9D5E0sfXW8P0Oqt2O//7s/Q6LmP/KEuz9DjNGg2QS7P0OscBo1" +
  "f7o/Qxi2kr/zuT9D/KvULmK5P0MWShczyrg/Q1RbdnYruD9DXIlbnIW3P0OUVdVA2LY/Q0Jp2fcitj9D4DdvTGW1P0PSab+/nrQ/Q0bnA8jOsz9DPpxTz/Sy" +
  "P0NSKEQyELI/QwSWWj4gsT9DwuFCMCSwP0OmecQxG68/QwThZ1cErj9Dci2/nd6sP0MKBkDmqKs/Qyj/mfNhqj9DomZvZQipP0M8jVCzmqc/QxTy0SYXpj9D" +
  "AOqL1HukP0OUwMWTxqI/QxTzffT0oD9DCr5rMwSfP0O8+Xkr8Zw/Q8SrFUS4mj9DuC94W1WYP0N4P9Crw5U/Q/Lxzqn9kj9DHOSa2vyPP0P4hXOeuYw/QwaW" +
  "R+wqiT9DjtsE+UWFP0OaAzbD/YA/QybpOXhCfD9DzCpYowB3P0McJBoPIHE/Qyo1tzSCaj9DZuKoAABjP0PE40+QZlo/Q3IRzk5yUD9D2m9cZsdEP0OiWYqj" +
  "5TY/Qwo0UDQUJj9DFAR7BD4RP0Pmy1f6rvY+Qx4ViKGM0z5DsC0SHqaiPkN8JovHYVk+Q7ALrCv23T1DwOjk2U3bPEPBXb+U7GTRPBlBXYudWGA8K01bSbLW" +
  "ajy6jVupNZNxPHMqSuXmInU8gHrC+5BQeDzMt3nv0Th7PJi9bbfY7H08PFzGSfA7gDxw9tYk23CBPDMm2pACmII8ym49/oizgzwh/gvGFcWEPMNKAp34zYU8" +
  "vSun8EDPhjwZ0BfazcmHPG9g01RZvog80jciVYCtiTwDUl2+yJeKPMSj3d2lfYs8iT+M13tfjDw2fPFNoj2NPFpz8XhmGI48qk9fzwzwjjwJMmhd0sSPPFh1" +
  "au12S5A8/ICbR0izkDyv9UmH8xmRPKDfS+uMf5E850k+6SbkkTwu/zhl0keSPAtoI+GeqpI8S9ompZoMkzwCgm3i0m2TPKBiIdFTzpM8SGdwyigulDwS5zVf" +
  "XI2UPJMLzWv465Q8TW94KQZKlTz9vrg9jqeVPM8u3ceYBJY84GgMbS1hljxEqfpiU72WPLuQeXkRGZc8c3kHI250lzxygX58b8+XPJnV/lMbKpg87OErL3eE" +
  "mDwqxdBQiN6YPESi/b1TOJk8OBOtQt6RmTy/A/91LOuZPEqIFL5CRJo8YdKWUyWdmjzJJPJE2PWaPJuXTHlfTps8iY8/s76mmzyZ/lmT+f6bPJ/ScJoTV5w8" +
  "21rCKxCvnDz75vCO8gadPI1r2PG9Xp08V5BCanW2nTz+MXz3Gw6ePEQQz4O0ZZ48Yhvi5UG9njyflALixhSfPLX+VytGbJ88oakEZcLDnzzZPJoRnw2gPGKx" +
  "DfZdOaA8+HZyHB9loDxyAEu745CgPDcBcQOtvKA8Zi96IHzooDwVrBc5UhShPL59cG8wQKE8+3934RdsoTyWIz2pCZihPINSPd0GxKE84sSpkBDwoTwFDrHT" +
  "JxyiPCmjwrNNSKI8nxjQO4N0ojyqzYt0yaCiPF07pWQhzaI8IRcDEYz5ojwRdvt8CiajPKEbiqqdUqM88BqFmkZ/ozz8789MBqyjPG0zjcDd2KM8xAlP9M0F" +
  "pDzQbEbm1zKkPKdscZT8X6Q8xIPI/DyNpDykGGsdmrqkPOpFy/QU6KQ8+wDZga4VpTz4tSzEZ0OlPCdvMbxBcaU8+ZxOaz2fpTw1kxHUW82lPCbPVvqd+6U8" +
  "Lhpz4wQqpjyMm1yWkVimPO7r0xtFh6Y83zyNfiC2pjwIplnLJOWmPPupUBFTFKc8HAT6YaxDpzww0XfRMXOnPAoksXbkoqc89xd9a8XSpzx3cs7M1QKoPCrm" +
  "37oWM6g85whhWYljqDxUD6TPLpSoPJRgzEgIxag8ExX+8xb2qDzhc44EXCepPIqCNbLYWKk89LtAOY6KqTxdA8fafbypPFHp3dyo7qk8LVnQihAhqjyQxlY1" +
  "tlOqPA/z0DKbhqo8emWB38C5qjz/rMqdKO2qPLWLbtbTIKs8QiXP+MNUqzy2TzJ7+oirPBAmB9t4vas8hf0tnUDyqzwt4EJOUyesPKSx6oKyXKw8+yMj2F+S" +
  "rDxspZXzXMisPIBx7YOr/qw8rfIwQU01rTz+ox7tQ2ytPAqljVORo608fzXSSjfbrTybUCa0NxOuPFKkFnyUS648fyP0mk+Erjx4dkoVa72uPGiRW/zo9q48" +
  "f7ygbsswrzzQXlGYFGuvPOXh77PGpa882AndCuTgrzzUEfl6Nw6wPBs5Ee80LLA8oySSnmtKsDzbJhHP3GiwPA+tOs+Jh7A8Gcgz93OmsDxvlACpnMWwPLfP" +
  "71AF5bA8zu8LZq8EsTxKFZJqnCSxPCs6b+zNRLE8wQTEhUVlsTyerm/dBIaxPCB4oqcNp7E8Wip4pmHIsTxwM5uqAuqxPKL08JPyC7I8UOVPUjMusjy6O0Dm" +
  "xlCyPKbax2Gvc7I8K1NC6e6WsjxR20W0h7qyPHAtlg583rI8ZVkmWc4CszzQpyoLgSezPGXJO7OWTLM8VqiM+BFyszxDUTSc9ZezPIOLjXpEvrM80N6tjAHl" +
  "szyt7vXpLwy0PPhCvcnSM7Q8LMkbhe1btDwylNOYg4S0PEyhXaeYrbQ8J7EcezDXtDwIlbkITwG1PLKqrHH4K7U8Wqf4BjFXtTxhRBtM/YK1PAfhOPphr7U8" +
  "nr2IA2TctTx5GAiXCAq2PJQueyRVOLY8MvTDYE9ntjzuSJdK/Za2PB57mi9lx7Y8ByX0sY34tjwY0lzOfSq3PMNxveI8Xbc8+XFrtdKQtzzTdhR9R8W3PBIU" +
  "bumj+rc8w77ALPEwuDxCc2gGOWi4PKtbac6FoLg8lTY7guLZuDxEdfPSWhS5PA4q/DT7T7k82BqN8dCMuTzq2SQ66sq5PHjxST5WCro8O0zoQyVLujzqhq3C" +
  "aI26PMRF2IIz0bo8CrYDwJkWuzwP6pFQsV27PF7adtKRprs8d+9L3lTxuzyn4MJBFj68PPTIyEL0jLw8f6ny7A/evDzFOCdrjTG9POw77G+Uh708n/FOr1Dg" +
  "vTxgCRlu8ju+PMGD8yqvmr48SupQZ8L8vjyn95GXbmK/POXG9kP+y788Luxis+IcwDzvjvWLEVbAPE6ly83BkcA8oEhdeDHQwDymkkMDqBHBPCpEdWd4VsE8" +
  "1sKzvAOfwTx8+smgvOvBPJ+RWbYrPcI8papJrvWTwjzwEUSK4/DCPF73zCfuVMM8YbjIx07BwzxiE+RmlzfEPNFRR83XucQ89nPPPNhKxTzSE3Pheu7FPHK/" +
  "S21nqsY8L8bq1lCHxzwZ7fLmn5PIPIV7SA3c6ck8/HHaUZ7DyzyDu34p2cnOPAAAAAAAAPA/NxGI5UUF7j/x/4FQptDsPyd763sA5es/Kn/mDg8h6z/n+mKl" +
  "unbqP5ttVRWX3uk/OapVxDFU6T8v0tN2o9ToP7jFBnjoXeg/JjEkLYru5z9+1AmbboXnP2NLqVu7Iec/xhiEScPC5j8GXE9t+mfmP2avp8HtEOY/daxMaT29" +
  "5T9zh9qCmGzlP5qJeBW6HuU/r/hRwWbT5D9p4I77aorkPyXhqK+ZQ+Q/gIuxK8v+4z8U0eFE3LvjP9ndCKeteuM/GGMORSM74z9e2kXjI/3iPyRPH7aYwOI/" +
  "vTIREW2F4j+jUIwijkviP8g+gbrqEuI/iXuHGXPb4T8lOx7HGKXhP+5vzm3Ob+E/nBYzvIc74T+NwxxKOQjhPyseK4HY1eA/KtBUiFuk4D99O+4xuXPgP0hl" +
  "0uvoQ+A/JPNgseIU4D92RSH+Pc3fP/rFv44tct8/TULr0YYY3z+QnZZLPcDeP1HTfTZFad4//DfhdZMT3j8MIaeIHb/dP3rtuX3Za90/Cxp+6b0Z3T+S4EDc" +
  "wcjcP2D7g9nceNw/g6UO0AYq3D+17q4SONzbP4gLmVFpj9s/b4BUlJND2z9f7yg0sPjaP+X2/da4rto/QAGjaqdl2j/0IXUgdh3aP5I3Wmkf1tk/qHsJ8p2P" +
  "2T8QgZqf7EnZPwRdVIwGBdk/OV23BOfA2D+MP7yEiX3YPzhhRLXpOtg/Wc62aQP51z8egMad0rfXP+NyXnNTd9c/6o2wMII31z+dnmQ+W/jWP5zp5CXbudY/" +
  "nw3Gj/571j/kJ0hCwj7WP3ZY7x8jAtY/bO4xJh7G1T/vqTpssIrVP+ejvSHXT9U/9YnejY8V1T8d+SYO19vUP9PaixWrotQ/776AKwlq1D/iQRjr7jHUP06h" +
  "MAJa+tM/hbKrMEjD0z/vfbFHt4zTP93Q/CilVtM/NSQxxg8h0z9wQjkg9evSP2IirkZTt9I/KXZFVyiD0j/9dkd9ck/SP/9+C/EvHNI/2wl7917p0T9avJrh" +
  "/bbRP4IZGQwLhdE/75Hi3oRT0T+6n7rMaSLRP2ym2VK48dA/M1OP+G7B0D8TPulOjJHQP9KQXfAOYtA/LHx5gPUy0D9qR5OrPgTQP1ST/0zSq88/fj6WXOdP" +
  "zz+b4OgPuvTOP/JAWQBIms4/p4Mv1o5Azj85TyJIjOfNP7ju4xo+j80//TG0IKI3zT+f0PY4tuDMPwIYzk94isw/7q+5XeY0zD81RDln/t/LP6Xkcny+i8s/" +
  "Pu/cuCQ4yz8LW+tCL+XKP0k8wEvckso/vFzfDipByj8SxeTRFvDJPyMWPuSgn8k/oZLmnsZPyT95uyVkhgDJP9ViUJ/escg/+RqMxM1jyD/m55RQUhbIP64b" +
  "hchqycc//kafuRV9xz85KBq5UTHHP+qE7mMd5sY/KNqmXnebxj+s0TBVXlHGPzFqsPrQB8Y/tsJUCc6+xT/1eC5CVHbFP0mMB21iLsU/+rY8WPfmxD+WMJjY" +
  "EaDEP8bMLcmwWcQ/mmo4C9MTxD8FqfiFd87DP8nVlCadicM/rwz630JFwz9ufb6qZwHDPzTPBIUKvsI/QJlgcip7wj946Lt7xjjCP2XKPa/d9sE/ZtYxIG+1" +
  "wT94rvDmeXTBPy9xySD9M8E/IBfs7/fzwD8vtlR7abTAP76lt+5QdcA/BH9ueq02wD+N6sum/PC/PxQEGWaFdb8/PMODrvP6vj/MuY4ERoG+P/u6YfV6CL4/" +
  "mJOtFpGQvT/XTZEGhxm9P1f9gGtbo7w/rxAu9AwuvD+PJnFXmrm7P0hlNVQCRrs/ZVRlsUPTuj+3ONk9XWG6Pyj0RtBN8Lk/cGszRxSAuT+5dOWIrxC5PztT" +
  "WoMeorg/usQ7LGA0uD/zpteAc8e3Px48GYZXW7c/thaESAvwtj8gtjDcjYW2P/feylzeG7Y/PruR7fuytT820Fm55Uq1PynZkPKa47Q/XJhD0xp9tD8OsSWd" +
  "ZBe0P56fm5l3srM/GOfGGVNOsz/RjZR29uqyP3AFzhBhiLI/jJ0sUZImsj9Ao2+oicWxP5JTdY9GZbE/UMpWh8gFsT87G4cZD6ewPxfI9dcZSbA/dpZputDX" +
  "rz806ESZ9B6vP+WyLqWeZ64/EFgxSc6xrT9KeR4Dg/2sP+khB2S8Sqw/hdm+EHqZqz+EgGrCu+mqPzjxG0eBO6o/THx7gsqOqT9td4Bul+OoP2s5OhzoOag/" +
  "ngirtLyRpz9Sr7Z5FeumP0GgJsfyRaY/ytLFE1WipT/rxZbyPAClPxlrJhSrX6Q//xj/R6DAoz+uFD9+HSOjPwzAVskjh6I/1BLzX7TsoT+hsxmf0FOhP1HW" +
  "fAx6vKA/7voNWbImoD+QmK/H9iSfP2h0UXqu/50/DBszVJDdnD9wWPpQob6bP5tOkubmopo/SCoTD2eKmT9nmexTKHWYP5b8h9oxY5c/d0CicotUlj9RAqum" +
  "PUmVP77wh85RQZQ/hF0xJdI8kz8yOrnhyTuSP19fclRFPpE/8AIeCVJEkD/Ox4ne/ZuOP1cnbhS5tow/LclCVfrYij+9p49o6gKJP/V0qua2NIc/yxbkC5Nu" +
  "hT9ib1HBuLCDP3F2s+1p+4E/+ddfKfJOgD/FXXT6UVd9PzZIl9TpI3o/IDbsN58Edz/9IuPOl/pzP0NAV2k9B3E/EUvNgbNYbD///qHziNhmPySj4ahrlGE/" +
  "JT4MVLUrWT+5/I33CrJPP0sLnzIcwz0/";

let KE: Float64Array | null = null,
  WE: Float64Array,
  FE: Float64Array;
function tables(): void {
  const bin = (globalThis as any).atob(TABLES) as string;
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const all = new Float64Array(bytes.buffer);
  KE = all.subarray(0, 256);
  WE = all.subarray(256, 512);
  FE = all.subarray(512, 768);
}

const EXP_R = 7.6971174701310497140446280481;

export function standardExponential(g: PCG64): number {
  if (KE === null) tables();
  for (;;) {
    g.next64();
    const hi = g.hi,
      lo = g.lo;
    const idx = (lo >>> 3) & 0xff;
    const ri = hi * 2097152 + (lo >>> 11); // bits 11..63
    const x = ri * WE[idx];
    if (ri < KE![idx]) return x;
    // the tail starts at EXP_R; V8's log1p is fdlibm's, as glibc's s_log1p.c
    if (idx === 0) return EXP_R - Math.log1p(-g.nextDouble());
    if ((FE[idx - 1] - FE[idx]) * g.nextDouble() + FE[idx] < exp(-x)) return x;
  }
}
