/**
 * NumPy's 256-layer ziggurat for the standard normal (`random_standard_normal` in
 * numpy/random/src/distributions/distributions.c), drawing from a PCG64.
 * The tables ki_double / wi_double / fi_double are NumPy's constants
 * (ziggurat_constants.h), stored here as little-endian float64 bytes (ki as exact doubles):
 * they were generated in extended precision, so recomputing them in doubles would not be bit-exact.
 */
import type { PCG64 } from "./pcg64";
import { glibcExp } from "./glibc-exp";

// local alias: transpilers may turn imported names into getter calls
const exp = glibcExp;

const TABLES =
  "1N5LAHvmLUMAAAAAAAAAAFCN9zF9EShDhAJ79alGK0PU3YP97KMsQ/zup9OrZC1DcpX9ApfeLUNUifQVjjIuQzCW/8Paby5DuErCKo2eLkMsRzfIS8MuQ0gt" +
  "p+r04C5DNIlQ2GX5LkOmr8YY4g0vQ7xLBq9MHy9DtKGbjkkuL0MS6rcPUjsvQ+j0A+vBRi9D8Je2vN9QL0O4qabB4lkvQx5yMc72YS9DjOmmGj9pL0Pu/M1G" +
  "2G8vQxzKQ9PZdS9D2hcIOld7L0Ou2P7BYIAvQ5BEbyAEhS9DorfE9UyJL0Ni3PUuRY0vQ0gtUVL1kC9DCr2XvGSUL0M0RgTSmZcvQ4hz8CWami9DMtkfm2qd" +
  "L0Ngkjt+D6AvQ8yJrZuMoi9DoOjFUeWkL0M8kuGfHKcvQ/BoITM1qS9Dph4kcTGrL0PYMx2BE60vQ2TQkVPdri9D0BH2qJCwL0MYWVoXL7IvQ6RbTw+6sy9D" +
  "GL0g4DK1L0NAXIC7mrYvQ6D5t7jyty9D+jRz1zu5L0M65TACd7ovQyBfaBCluy9DyD5tyMa8L0Ocohrh3L0vQ1xoTQPovi9DgNozy+i/L0PkSXjJ38AvQ7BE" +
  "S4TNwS9DmHBReLLCL0Myf3gZj8MvQ1Q5ttNjxC9DIje0CzHFL0MMg2of98UvQ5Qaq2a2xi9DVACgM2/HL0P+Wj3TIcgvQ2juqI3OyC9DuBKYpnXJL0NIKqVd" +
  "F8ovQ/B4ne6zyi9DJCTIkUvLL0MSDSd83ssvQ/Agst9szC9D8KqN6/bML0NUIzzMfM0vQ+Tpy6v+zS9DBE4BsnzOL0NyPH0E984vQ0Th4MZtzy9DhoTuGuHP" +
  "L0MY4acgUdAvQ3Quava90C9DyBAIuSfRL0N4neGDjtEvQ+yd+nDy0S9DOjYPmVPSL0PUEacTstIvQ0Q1J/cN0y9DzJDiWGfTL0OqbSlNvtMvQ/jMV+cS1C9D" +
  "SM3iOWXUL0NYKmVWtdQvQzToqk0D1S9D4Dm8L0/VL0NAsucLmdUvQ3jMy/Dg1S9DJthf7CbWL0OUVPwLa9YvQ2jFYlyt1i9D9AnF6e3WL0MoQMy/LNcvQ/g6" +
  "n+lp1y9DoJPocaXXL0N8XNxi39cvQ9B7PcYX2C9DKrRipU7YL0OmXzsJhNgvQyzjU/q32C9D6N3ZgOrYL0NoGaCkG9kvQyQ+Im1L2S9D/E+I4XnZL0Mq9qkI" +
  "p9kvQ2aREenS2S9DbiP/iP3ZL0NQCmvuJtovQwaSCB9P2i9DmF5IIHbaL0PcsFr3m9ovQ7qHManA2i9D0J+COuTaL0MEU8mvBtsvQ5BZSA0o2y9DCG4LV0jb" +
  "L0No1eiQZ9svQ6TMgr6F2y9DpNxI46LbL0OmFXkCv9svQwAzIR/a2y9DKKgfPPTbL0OIlyRcDdwvQwy0soEl3C9DwA0grzzcL0NIypbmUtwvQ3jJFSpo3C9D" +
  "eDZxe3zcL0PoBVPcj9wvQwxhO06i3C9Dgv6A0rPcL0NcaFFqxNwvQ+IvsRbU3C9D9A582OLcL0ME92Sw8NwvQ3QN9p793C9DZJWQpAndL0OGxmzBFN0vQ6KQ" +
  "mfUe3S9DtEv8QCjdL0PUU1CjMN0vQ7iQJhw43S9D6Ofkqj7dL0NcmcVORN0vQ1iF1gZJ3S9D4lr40UzdL0P0rd2uT90vQxT0CZxR3S9DdmbQl1LdL0MgyFKg" +
  "Ut0vQ7wOgLNR3S9DqOwSz0/dL0NIOpDwTN0vQwY9RRVJ3S9DtMlFOkTdL0NIQGpcPt0vQ1xeTXg33S9DyOVJii/dL0N0FHiOJt0vQyzqqoAc3S9D9DhtXBHd" +
  "L0P6e/4cBd0vQxBxT7333C9D/m/+N+ncL0O8elOH2dwvQ/wAPKXI3C9DEFFGi7bcL0Nsr5wyo9wvQ54NAJSO3C9DoFjCp3jcL0OwVcBlYdwvQwoEW8VI3C9D" +
  "tHhwvS7cL0OOKFREE9wvQ5iTxk/22y9D2ELs1NfbL0P8CETIt9svQ6ZznB2W2y9D6FkIyHLbL0OScdK5TdsvQxrTb+Qm2y9DbFBxOP7aL0NWgHOl09ovQwBc" +
  "DRqn2i9DREi9g3jaL0OwX9TOR9ovQ4jMX+YU2i9DaPwPtN/ZL0Nwbx0gqNkvQ2jdKhFu2S9DgmEkbDHZL0PwUhsU8tgvQ/xjHuqv2C9DxJINzWrYL0NqZmmZ" +
  "ItgvQ6DfHCnX1y9DJG1BU4jXL0O4GdzrNdcvQ4QKk8Pf1i9DPD9ap4XWL0OWWhZgJ9YvQ9IFNLLE1S9DrkQyXV3VL0NMxh0b8dQvQ8rn+p9/1C9D7LMbmQjU" +
  "L0N2rF6si9MvQ0iPUncI0y9DUI46jn7SL0Osi+167dEvQ8zRibtU0S9D1GP1wLPQL0OAUiHtCdAvQ4BnBJFWzy9DStU+6pjOL0MERFUg0M0vQ7BXbUH7zC9D" +
  "/GBwPhnML0OE7nHmKMsvQwDlLuEoyi9DsOhtqBfJL0NuPPp/88cvQzhj3Wu6xi9D/MlfJGrFL0OuqjIHAMQvQygG8QR5wi9DYM/cidHAL0NU41ZgBb8vQ1T9" +
  "/YoPvS9D+neME+q6L0MmflPKjbgvQwQFXPDxtS9D6nRlwwuzL0MInpHeza8vQxbKelsnrC9DJODFkwKoL0NYj2lPQ6MvQzw/7AjEnS9DZCO8sFGXL0NEWprd" +
  "pI8vQ9pFPF5Whi9DdHCBA8t6L0NoqACIDWwvQ+hQVLCAWC9DMIsCPC49L0P4O0iR9BMvQ1hg4O+LzS5DlDhmlrQ0LkN52RV4O0nPPMb2/eMLjYs8tFssPK9Q" +
  "kjxhO0Q4uXyVPAynL+j8AZg8vNBMLgwjmjz3YTgvTQCcPHRydFovrJ08w9VMLUgynzytu44nMk2gPENdAjsF9aA8dzZBl6aSoTz1GnqPoieiPIDYYzgutaI8" +
  "9ZFXwD88ozwvsaLBnr2jPFWb/43vOaQ8p/49NruxpDx00xpidSWlPJbOB6eAlaU86n7ZzzECpjw9fKNh0mumPHAFAJKi0qY8pvhG09o2pzx3KrMQrZinPEP1" +
  "Rq1F+Kc8dwpDU8xVqDyadnueZLGoPJjPTqkuC6k86h4sgkdjqTxGxTiOybmpPCynpNzMDqo8Wc13bWdiqjwwFhBurbSqPJxsE22xBas8KXpCh4RVqzw6n1KO" +
  "NqSrPDKCvyrW8as8805Z+XA+rDxhOzKlE4qsPIsmcv7J1Kw8SLeADp8erTwQH+QpnWetPMO4IwDOr608U3bxqTr3rTz+7dK16z2uPABvejPpg648zoL5vTrJ" +
  "rjwmYvCE5w2vPIj22FT2Ua88rteHnm2VrzysLvp9U9ivPOw0QuBWDbA8mo859UAusDz8pRae6k6wPBCgcltWb7A8C/RxkIaPsDwTYbyEfa+wPH/MS2Y9z7A8" +
  "awgWS8jusDzuFZUyIA6xPL4PMQdHLbE8QZGOnz5MsTweIMS/CGuxPDTaeBqnibE8iG3uURuosTzLKvj4ZsaxPC7U4JOL5LE8n6BAmYoCsjzpxsRyZSCyPB/D" +
  "6X0dPrI8+2upDLRbsjx/0x1mKnmyPBvXGceBlrI82i64YruzsjxTuOFi2NCyPI6py+jZ7bI810huDcEKszwwufThjiezPKFeJnBERLM81VLKuuJgszxqWAW+" +
  "an2zPGSysm/dmbM8Az24vzu2szzgHVaYhtKzPINact6+7rM8dJ7gceUKtDxddKYt+ya0PKQwPOgAQ7Q8XcfKc/detDw2w2ae33q0PC+PSDK6lrQ8XUEC9oey" +
  "tDzcEbOsSc60PAWmOBYA6rQ8YlVe76sFtTxaiwryTSG1PE9matXmPLU8yLIbTndYtTx4X1UOAHS1PBSFDsaBj7U8WRskI/2qtTw9c33Rcsa1PNOML3vj4bU8" +
  "OF6fyE/9tTzDH6NguBi2PKKwougdNLY8Cya3BIFPtjxylslX4mq2PDcxsYNChrY8sbJQKaKhtjy7Q7PoAb22PFLTKGFi2LY8VPhhMcTztjzraIv3Jw+3PMYU" +
  "aVGOKrc83O5w3PdFtzwfc+U1ZWG3PEn07/rWfLc8k726yE2YtzwJFIs8yrO3PPsi2/NMz7c8595zjNbqtzwf6oakZwa4PHaGyNoAIrg8FZ+JzqI9uDy99dEf" +
  "Tlm4PMV+em8Ddbg8LfdHX8OQuDxDwAWSjqy4PJwMoatlyLg8J2pEUUnkuDyPtXMpOgC5PEeDKNw4HLk8/ArvEkY4uTyKogN5YlS5PO7VcLuOcLk8MSouicuM" +
  "uTy/mT+TGam5PCzZ1Yx5xbk8EXRvK+zhuTxK0vomcv65PJI2+TkMG7o8W8iiIbs3ujyIuwuef1S6PKSpSnJacbo8PTGgZEyOujwI8Z8+Vqu6PM71Ws14yLo8" +
  "NrOL4bTlujwaocNPCwO7PFuYmvB8ILs8AAzgoAo+uzwDPc5BtVu7PCeJP7l9ebs8PPfl8WSXuzxuJYXba7W7PKLALmuT07s8g66Bm9zxuzygFuxsSBC8PC16" +
  "8OXXLrw8HA1uE4xNvDwFh+wIZmy8PBem6+Bmi7w8q6I2vY+qvDyQ1jvH4cm8PDfgaDBe6bw8bo+LMgYJvTwg7zcQ2yi9PEfGMxXeSL08I/HnlhBpvTyl+9f0" +
  "c4m9PHBuIJkJqr08Dkn8+NLKvTw3LlKV0eu9PBzSSfsGDb489kbqxHQuvjyI0cGZHFC+PCX+ly8Acr48Cr8qSyGUvjwIb/fAgba+PDqnEHYj2b48qewBYQj8" +
  "vjwhU8KKMh+/PG1Ntw+kQr88aAHJIF9mvzyCl4kEZoq/PL8icRi7rr88hecv0mDTvzwL9hjBWfi/PHWg00fUDsA8R8mPAqghwDyrAqmDqTTAPMf1Pk7aR8A8" +
  "frOt9jtbwDxoJqcj0G7APBcuY4+YgsA8VKLoCJeWwDzEwHF1zarAPEjU7tE9v8A8MD2qNOrTwDyTZRHP1OjAPLafpu///cA8QXAgBG4TwTw1XbubISnBPG0J" +
  "xGkdP8E8Oy5gSGRVwTzz7p07+WvBPGES0nTfgsE8rOtOVhqawTyOL393rbHBPJSmcamcycE8Oa7k++vhwTwB2eLCn/rBPIHMBJ28E8I87tNvekctwjwknKyk" +
  "RUfCPOBYdse8YcI8Llmo+rJ8wjx4DnfNLpjCPFIKKlM3tMI8l9uWMdTQwjz1eKmxDe7CPO6uVtLsC8M8o6RoXnsqwzyjEq4FxEnDPECoM3rSacM8CkFWkrOK" +
  "wzz6iK5wdazDPKYEF7Mnz8M8dfRgqtvywzza5bmcpBfEPJReVBWYPcQ8FTqnRM5kxDy8Q5x1Yo3EPCdaa51zt8Q8AonNDSXjxDxBrOlTnxDFPEJ+OlIRQMU8" +
  "G+RKqbFxxTzZjXGLwKXFPP7QOiSK3MU8TB6Gz2kWxjzqagB7zlPGPMPln75AlcY8MuIJjWvbxjw0el/wKCfHPHMGCVaVecc8jM7W9C3Uxzw08ikFAznIPBR8" +
  "qr8Pq8g8lkRvlOAuyTyrV0AB7svJPFp3lHjcj8o8sf14OB+YyzwzrQmCtDvNPAAAAAAAAPA/h/B5yWpE7z8VqWxbVLfuP3fwJ+ARP+4/ld4Ep2/T7T/yvFcG" +
  "knDtP9wZoXhJFO0/6y2nqDO97D9/eKnOXmrsP+q67tkcG+w/gtzhTuvO6z9S9Y86ZYXrPxDdNII6Pus/ouhsPyr56j8EJXrx/rXqP+HJUNWLdOo/D6/1/ao0" +
  "6j/YH2XuO/bpP4EGJI0iuek/wXphV0Z96T9HehvCkULpP09xMb3xCOk/qArmT1XQ6D8C37pIrZjoP6y8N/zrYeg/bs9WDwUs6D/L4iBL7fbnP1honHeawuc/" +
  "1bCgPAOP5z9W2HAHH1znPxJtP/TlKec/7nrqulD45j+JWmOeWMfmPyo7UV73luY/I+OSKidn5j8YDFWY4jfmP2UmgJgkCeY/av9Kb+ja5T+JXMisKa3lP4+N" +
  "TCbkf+U/Rp6N8BNT5T/VbGVatSblP2e2IOjE+uQ/wE5JTz/P5D94UtxyIaTkPxJQ319oeeQ/eTZJShFP5D/jXzWKGSXkP4JbWJl+++M/ozGvED7S4z8OzWKm" +
  "VanjP9UA2ivDgOM/6VD1i4RY4z81OnDJlzDjP+84ZP36COM/7jvqVazh4j9KldcUqrriPxXNk47yk+I/7QQFKYRt4j+E25BaXUfiP/L3L6l8IeI/IJaSqeD7" +
  "4T9pmVT+h9bhPxHRP1dxseE/UDybcJuM4T/aOYYSBWjhP5ypXhCtQ+E/OB8xSJIf4T8TWTKis/vgP6BCQRAQ2OA/rtlwjaa04D+BXZkddpHgPzY88Mx9buA/" +
  "Lj+mr7xL4D8qgovhMSngP8TKuIXcBuA/ob17jHfJ3z/KAKmnnYXfP/N6L8spQt8/lY9+cRr/3j9UH70gbrzeP8XDTmojet4/hZtf6jg43j8JOnZHrfbdP7FW" +
  "CzJ/td0/M94mZK103T+AEAKhNjTdP21brrQZ9Nw/SKjAc1W03D/H1wC76HTcP7gsHW/SNdw/F2phfBH32z+RbXHWpLjbPxsTB3iLets/yjGzYsQ82z9ShaGe" +
  "Tv/aP55aXzopwto/gNikSlOF2j9NwCDqy0jaPz6ERjmSDNo/35MeXqXQ2T/GwBiEBJXZP5Of4NuuWdk/F8szm6Me2T8V8bn84ePYP4iR3j9pqdg/tlqsqDhv" +
  "2D/ZDap/TzXYPxHZuBGt+9c/sBT0r1DC1z/rUpKvOYnXP+2xx2lnUNc/TGGpO9kX1z+qTBKGjt/WPyHeiK2Gp9Y/4sslGsFv1j8V5Xs3PTjWP8jSgHT6ANY/" +
  "RMJ2Q/jJ1T++7tYZNpPVPwABPXCzXNU/7TtTwm8m1T+Sbb+OavDUP6KcEFejutQ/1GqtnxmF1D/+JMPvzE/UPxl6NdG8GtQ/29KO0Ojl0z+uQ/F8ULHTP3kT" +
  "CGjzfNM/ntH5JdFI0z8v9lpN6RTTP2YHIXc74dI/3T+WPset0j8esU1BjHrSP4neFx+KR9I/nsz3ecAU0j8WgRj2LuLRP1DwwjnVr9E/6FRU7bJ90T9n7jS7" +
  "x0vRPyMkz08TGtE/xAmHWZXo0D/aQrKITbfQPzZDkI87htA/2elCIl9V0D9+dMf2tyTQP8WT34mL6M8/NTK4jBCIzz/SmOls/ifPP0ScyaRUyM4/3TwoshJp" +
  "zj+EcUUWOArOPwqQx1XEq80/T1Gy+LZNzT/Mb16KD/DMP1PfcZnNksw/R53Yt/A1zD+hGL56eNnLP6oxh3pkfcs/OtHMUrQhyz8HGFeiZ8bKP34mGQt+a8o/" +
  "PX4tMvcQyj9a/tK/0rbJPyd8al8QXck/afp0v68DyT9bgZKRsKrIPziagYoSUsg/dXEfYtX5xz8jo2jT+KHHP6a1epx8Ssc/FkeWfmDzxj9c8iE+pJzGP5zx" +
  "raJHRsY/+YP4dkrwxT9sHfOIrJrFPzVoyKltRcU/wR/jrY3wxD8tzvVsDJzEP9V1A8LpR8Q/rjFpiyX0wz/u1+iqv6DDP4irtAW4TcM/ZSp8hA77wj8aB3oT" +
  "w6jCP7deg6LVVsI/NDwYJUYFwj9CfXWSFLTBP2MtqOVAY8E/uW6iHcsSwT+6CVI9s8LAP4W/uEv5csA/Kn0GVJ0jwD8sImvLPqm/PxwOUin/C78/S6Wa8ntv" +
  "vj+P6HZhtdO9P+WRvbmrOL0/CnQ7SV+evD8VEAto0AS8PzPi8nj/a7s/M/bK6ezTuj+GYuozmTy6PxlbndwEprk/q6CkdTAQuT9SKL+dHHu4P9bvPgHK5rc/" +
  "dhGqWjlTtz9MSmlza8C2PxhNhSRhLrY/pGZ0VxudtT+uK/oGmwy1PxMiG0DhfLQ/hpomI+/tsz9wPtnkxV+zPxExm89m0rI/kQ3dRNNFsj99iZe+DLqxP50X" +
  "8tAUL7E/JZYVLO2ksD+X5DCelxuwPzVubCssJq8/gVGyR9UWrj9i8a3+LgmtPywqKA8+/as/cF84kAfzqj9jVSn5kOqpP6u1aCrg46g/Hievd/vepz9k0Jiz" +
  "6dumP9St8jyy2qU/XScRDl3bpD/L7pjO8t2jP5f0Peh84qI/vGofnwXpoT8RgJYumPGgP8SlGNeB+J8/dYyC2xoSnj8aCc2DGTCcP/jrIk6fUpo/CsEAttF5" +
  "mD+Cvwv02qWWP2Sw+/Lq1pQ/E16rjTgNkz8SMGA0A0mRP0ndck8qFY8/rI9PJ42kiz94pI0NBEGIP+DPGkKW64Q/ki+VKZKlgT83aOz4YOF8P124DNmonnY/" +
  "/bGwAx+KcD9nsMFDn19lPw/3ubYFplQ/";

let KI: Float64Array | null = null,
  WI: Float64Array,
  FI: Float64Array;
function tables(): void {
  const bin = (globalThis as any).atob(TABLES) as string;
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const all = new Float64Array(bytes.buffer);
  KI = all.subarray(0, 256);
  WI = all.subarray(256, 512);
  FI = all.subarray(512, 768);
}

const NOR_R = 3.6541528853610087963519472518;
const NOR_INV_R = 0.27366123732975827203338247596;

export function standardNormal(g: PCG64): number {
  if (KI === null) tables();
  const ki = KI!,
    wi = WI,
    fi = FI;
  for (;;) {
    g.next64();
    const hi = g.hi,
      lo = g.lo;
    const idx = lo & 0xff;
    const rabs = (hi & 0x1fffffff) * 8388608 + (lo >>> 9); // bits 9..60
    let x = rabs * wi[idx];
    if (lo & 0x100) x = -x;
    if (rabs < ki[idx]) return x;
    if (idx === 0) {
      for (;;) {
        const xx = -NOR_INV_R * Math.log1p(-g.nextDouble());
        const yy = -Math.log1p(-g.nextDouble());
        if (yy + yy > xx * xx) return (lo >>> 17) & 1 ? -(NOR_R + xx) : NOR_R + xx;
      }
    }
    if ((fi[idx - 1] - fi[idx]) * g.nextDouble() + fi[idx] < exp(-0.5 * x * x)) return x;
  }
}
